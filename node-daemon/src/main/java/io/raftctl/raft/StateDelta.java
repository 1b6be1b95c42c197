package io.raftctl.raft;

/**
 * What changed at a node since the previous event of the same view; a null field did not change. The applied
 * index is an opt-in field: it is filled only in the view of {@link TraceEvents#ALL}.
 */
public record StateDelta(Long term, Long lastTerm, Long lastIndex, Long commit, Long applied, Network network) {

    /** Which side of a partition the node is on. */
    public enum Network {
        /** It reaches a majority of the cluster, itself included. */
        JOINED,
        /** It is cut off from the majority. */
        CUT_OFF
    }

    public static final StateDelta NONE = new StateDelta(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
