package io.raftctl.cli.bench;

import io.raftctl.client.ClientProtocol.Status;

/**
 * What an answer says about its command's effect on the state machine, which is what the counter check needs:
 * acknowledged writes must all be there, failed ones must not, and unknown ones may or may not.
 */
enum CommandFate {
    /** Committed and applied. */
    ACKNOWLEDGED,
    /** Definitely without effect: refused before the log (NOT_LEADER, INVALID, UNAVAILABLE, BUSY), or applied as a no-op (REFUSED). */
    FAILED,
    /** May or may not take effect: leadership was lost after the command entered the log, or the apply failed and is retried. */
    UNKNOWN;

    static CommandFate of(Status status) {
        return switch (status) {
            case OK -> ACKNOWLEDGED;
            case NOT_LEADER, INVALID, REFUSED, UNAVAILABLE, BUSY -> FAILED;
            case OUTCOME_UNKNOWN, APPLY_FAILED -> UNKNOWN;
        };
    }

    /** Whether the answering node has stopped (or may have stopped) leading, so that clients must find the leader. */
    static boolean leaderLost(Status status) {
        return status == Status.NOT_LEADER || status == Status.UNAVAILABLE || status == Status.OUTCOME_UNKNOWN;
    }
}
