package io.raftctl.trace;

import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs each receive with the send of the same message, by the message's identity: its sender and the sender's
 * clock when it sent it (every send ticks that clock). Nothing is matched by content, so a duplicated message
 * pairs both its receives with its one send, a dropped one leaves its send alone, and a held one pairs whenever
 * it is delivered, even when the same content was sent again meanwhile.
 *
 * <p>Rows must be in causal order, so that a send is seen before its receives. A send counts as the receive's
 * only if it went to the receiver and is of the same type: a node's clock starts again when its process does,
 * and a receive of a message from the earlier process must not pair with a later send that reused the clock.
 */
final class MessagePairing {

    private record MessageId(String from, long clock) {
    }

    private final Map<Integer, Integer> sendOfReceive = new HashMap<>();
    private final Set<Integer> pairedSends = new HashSet<>();

    MessagePairing(List<MergedRow> rows) {
        Map<MessageId, Integer> sends = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TraceEvent e = rows.get(i).event();
            TracedMessage m = e.message();
            if (m == null) continue;
            MessageId id = new MessageId(m.from(), m.clock());
            if (e.kind() == TraceEvent.Kind.SEND) {
                sends.put(id, i);
                continue;
            }
            Integer send = sends.get(id);
            if (send == null || !sameMessage(rows.get(send).event().message(), m)) continue;
            sendOfReceive.put(i, send);
            pairedSends.add(send);
        }
    }

    private static boolean sameMessage(TracedMessage sent, TracedMessage received) {
        return sent.type() == received.type() && sent.to().equals(received.to());
    }

    /** True if some receive of the send at {@code rowIndex} is in the rows. */
    boolean isPairedSend(int rowIndex) {
        return pairedSends.contains(rowIndex);
    }

    /** Index of the send paired with the receive at {@code rowIndex}, or -1. */
    int sendOf(int rowIndex) {
        return sendOfReceive.getOrDefault(rowIndex, -1);
    }
}
