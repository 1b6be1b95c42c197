package io.raftctl.admin;

import io.raftctl.raft.Entry;
import io.raftctl.raft.RaftNode;

import java.util.ArrayList;
import java.util.List;

/** The answer to {@code GET /v1/log}, built the same way by a daemon and by a simulated node. */
public final class LogResponses {

    private LogResponses() {
    }

    /**
     * Entries {@code from..to} (either null: that end of the log) of the running engine, or of the durable log when
     * the node is crashed ({@code raft} null), whose entries are then neither committed nor applied as far as it knows.
     */
    public static AdminDtos.LogResponse of(RaftNode raft, List<Entry> durable, Long from, Long to) {
        long last = raft != null ? raft.log().lastIndex() : durable.size();
        long lo = from == null ? 1 : Math.max(1, from);
        long hi = to == null ? last : Math.min(last, to);
        List<AdminDtos.LogEntry> entries = new ArrayList<>();
        for (long i = lo; i <= hi; i++) {
            Entry en = raft != null ? raft.log().entry(i) : durable.get((int) (i - 1));
            boolean committed = raft != null && i <= raft.commitIndex();
            boolean applied = raft != null && i <= raft.appliedIndex();
            entries.add(new AdminDtos.LogEntry(en.index(), en.term(), en.kind().label(), en.command(), committed, applied));
        }
        return new AdminDtos.LogResponse(entries, raft == null ? null : raft.commitIndex(),
                raft == null ? null : raft.appliedIndex(), last, raft == null);
    }
}
