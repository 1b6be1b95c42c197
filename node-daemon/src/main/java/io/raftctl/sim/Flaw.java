package io.raftctl.sim;

/**
 * A deliberate mistake in the simulated node's driver or storage, for self-tests that prove the simulator
 * catches it. Only {@link #NONE} is what raftd does.
 */
public enum Flaw {
    NONE("none"),
    /** The driver sends votes and AppendEntries replies before the term, vote and entries they promise are synced. */
    SEND_BEFORE_PERSIST("send-before-persist"),
    /** The storage reports a save done without its fsync (fsync off). */
    SAVE_WITHOUT_FSYNC("save-without-fsync"),
    /** Recovery keeps what it finds as if it were durable: no fsync at start-up, nothing distrusted after a failed fsync. */
    TRUST_UNSYNCED_TAIL("trust-unsynced-tail");

    private final String label;

    Flaw(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Flaw parse(String label) {
        for (Flaw f : values()) if (f.label.equals(label)) return f;
        throw new IllegalArgumentException("unknown flaw '" + label + "'");
    }
}
