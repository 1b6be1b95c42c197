package io.raftctl.trace;

import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pairs each receive with the send of the same message: same sender, same code and fields, a receiver that
 * matches (or, for an ae_reply, whose notation names only the replier, is left open), oldest send first. Rows
 * must be in causal order, so that a send is seen before its receive.
 */
final class MessagePairing {

    private record Send(int index, int to) {
    }

    private record Key(int from, String label) {
    }

    private final Map<Integer, Integer> sendOfReceive = new HashMap<>();
    private final Map<Integer, Integer> receiveOfSend = new HashMap<>();

    MessagePairing(List<String> members, List<MergedRow> rows) {
        Map<Key, Deque<Send>> pending = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MergedRow m = rows.get(i);
            TracedMessage message = m.event().message();
            if (message == null) continue;
            int self = m.nodePosition();
            String label = TraceNotation.label(message);
            if (m.event().kind() == TraceEvent.Kind.SEND) {
                pending.computeIfAbsent(new Key(self, label), k -> new ArrayDeque<>())
                        .addLast(new Send(i, PlantUmlRenderer.addressee(members, message)));
                continue;
            }
            int from = members.indexOf(message.from());
            Deque<Send> sends = from < 0 ? null : pending.get(new Key(from, label));
            if (sends == null) continue;
            for (Iterator<Send> it = sends.iterator(); it.hasNext(); ) {
                Send s = it.next();
                if (s.to() < 0 || s.to() == self) {
                    it.remove();
                    sendOfReceive.put(i, s.index());
                    receiveOfSend.put(s.index(), i);
                    break;
                }
            }
        }
    }

    boolean isPairedSend(int rowIndex) {
        return receiveOfSend.containsKey(rowIndex);
    }

    /** Index of the send row paired with the receive row at {@code rowIndex}, or -1. */
    int sendOf(int rowIndex) {
        return sendOfReceive.getOrDefault(rowIndex, -1);
    }
}
