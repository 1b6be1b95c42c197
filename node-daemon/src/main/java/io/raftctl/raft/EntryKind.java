package io.raftctl.raft;

/** What a log entry carries. */
public enum EntryKind {
    /** The empty entry a new leader appends so that it can commit entries of earlier terms. */
    TERM_START,
    /** A state-machine command submitted by a client. */
    COMMAND;

    /** The lower-case, dashed name used in output ("term-start", "command"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
