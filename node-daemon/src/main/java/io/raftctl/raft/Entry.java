package io.raftctl.raft;

import java.util.Objects;

/** One log entry. Index and term are both 1-based; index 0 / term 0 stand for "before the log". */
public record Entry(long index, long term, EntryKind kind, String command) {

    public Entry {
        if (index < 1) throw new IllegalArgumentException("entry index must be >= 1, was " + index);
        if (term < 1) throw new IllegalArgumentException("entry term must be >= 1, was " + term);
        Objects.requireNonNull(kind, "kind");
        command = command == null ? "" : command;
    }

    public static Entry termStart(long index, long term) {
        return new Entry(index, term, EntryKind.TERM_START, "");
    }

    public static Entry command(long index, long term, String command) {
        return new Entry(index, term, EntryKind.COMMAND, command);
    }
}
