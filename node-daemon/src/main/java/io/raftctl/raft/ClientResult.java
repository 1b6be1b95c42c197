package io.raftctl.raft;

/** The answer to a submitted command, handed out through {@link Ready#results()}. */
public record ClientResult(long requestId, Status status, long index, String value, String error, String leaderHint) {

    public enum Status {
        /** Committed and applied at this node; {@code value} holds the state machine's result. */
        OK,
        /** This node is not the leader; {@code leaderHint} names the leader if known. */
        NOT_LEADER,
        /** The state machine refused the command before it entered the log. */
        INVALID,
        /** Committed and applied as a no-op: the command was invalid against the current state. */
        REFUSED,
        /** Committed, but applying it at the leader failed; it stays in the log and is retried. */
        APPLY_FAILED,
        /** Leadership was lost before the command committed: it may or may not take effect. */
        OUTCOME_UNKNOWN
    }

    public boolean ok() {
        return status == Status.OK;
    }

    static ClientResult ok(long requestId, long index, String value) {
        return new ClientResult(requestId, Status.OK, index, value, null, null);
    }

    static ClientResult failure(long requestId, Status status, long index, String error, String leaderHint) {
        return new ClientResult(requestId, status, index, null, error, leaderHint);
    }
}
