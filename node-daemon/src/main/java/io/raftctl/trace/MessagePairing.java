package io.raftctl.trace;

import io.raftctl.raft.TraceRow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pairs each receive row with the send row of the same message: same sender, same code and fields,
 * a receiver that matches (or is unknown at the sender), oldest send first. Rows must be in causal
 * order, so that a send is seen before its receive.
 */
final class MessagePairing {

    private record Send(int index, int to) {
    }

    private record Key(int from, String code, String fields) {
    }

    private final Map<Integer, Integer> sendOfReceive = new HashMap<>();
    private final Map<Integer, Integer> receiveOfSend = new HashMap<>();

    MessagePairing(List<MergedRow> rows) {
        Map<Key, Deque<Send>> pending = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            MergedRow m = rows.get(i);
            TraceRow.Kind kind = m.row().kind();
            if (kind != TraceRow.Kind.SEND && kind != TraceRow.Kind.RECEIVE) continue;
            MessageOp op = MessageOp.parse(m.row().op()).orElse(null);
            if (op == null) continue;
            int self = m.nodePosition();
            if (kind == TraceRow.Kind.SEND) {
                pending.computeIfAbsent(new Key(self, op.code(), op.fields()), k -> new ArrayDeque<>())
                        .addLast(new Send(i, op.otherEnd(self)));
                continue;
            }
            int from = op.otherEnd(self);
            Deque<Send> sends = from < 0 ? null : pending.get(new Key(from, op.code(), op.fields()));
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
