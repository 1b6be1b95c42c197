package io.raftctl.raft;

/** The role of a node. A node in a pre-vote round is a CANDIDATE whose term has not moved yet. */
public enum Role {
    FOLLOWER("FLWR"),
    CANDIDATE("CNDI"),
    LEADER("LEAD");

    private final String traceCode;

    Role(String traceCode) {
        this.traceCode = traceCode;
    }

    /** The four-letter code used in trace tables. */
    public String traceCode() {
        return traceCode;
    }
}
