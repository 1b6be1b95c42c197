package io.raftctl.raft;

/**
 * Engine settings. Times are in milliseconds of the injected clock.
 *
 * @param heartbeatMs          interval between leader heartbeats
 * @param electionMinMs        lower bound of the randomized election timeout; also the leader-stickiness
 *                             window and the CheckQuorum period
 * @param electionMaxMs        upper bound (inclusive) of the randomized election timeout
 * @param preVote              run a pre-vote round before every campaign (thesis §9.6)
 * @param checkQuorum          a leader that has not heard from a majority for an election timeout steps down
 * @param maxEntriesPerMessage upper bound on entries in one AppendEntries
 * @param maxInflight          AppendEntries messages a leader may have unacknowledged per follower
 * @param timersOn             whether timer-driven actions run at start
 * @param commitRule           {@link CommitRule#CURRENT_TERM} always, except in checker self-tests
 */
public record RaftSettings(long heartbeatMs, long electionMinMs, long electionMaxMs, boolean preVote,
                           boolean checkQuorum, int maxEntriesPerMessage, int maxInflight, boolean timersOn,
                           CommitRule commitRule) {

    /**
     * How a leader decides that an index is committed. Only {@link #CURRENT_TERM} is Raft; the other
     * exists so that tests can prove the safety checker catches the bug of Figure 8 in the Raft paper.
     */
    public enum CommitRule {
        CURRENT_TERM,
        /** Unsafe: commits any entry held by a majority, whatever its term. Never reachable from configuration. */
        UNSAFE_ANY_TERM
    }

    public RaftSettings {
        if (heartbeatMs <= 0) throw new IllegalArgumentException("heartbeat must be positive");
        if (electionMinMs <= 0 || electionMaxMs < electionMinMs)
            throw new IllegalArgumentException("election timeout range must be positive and min <= max");
        if (maxEntriesPerMessage < 1) throw new IllegalArgumentException("max_entries_per_message must be >= 1");
        if (maxInflight < 1) throw new IllegalArgumentException("max_inflight must be >= 1");
        if (commitRule == null) commitRule = CommitRule.CURRENT_TERM;
    }

    public static RaftSettings defaults() {
        return new RaftSettings(50, 150, 300, true, true, 64, 32, true, CommitRule.CURRENT_TERM);
    }

    public RaftSettings withTimers(boolean on) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, on, commitRule);
    }

    public RaftSettings withPreVote(boolean on) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, on, checkQuorum,
                maxEntriesPerMessage, maxInflight, timersOn, commitRule);
    }

    public RaftSettings withCheckQuorum(boolean on) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, on,
                maxEntriesPerMessage, maxInflight, timersOn, commitRule);
    }

    public RaftSettings withMaxEntriesPerMessage(int n) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                n, maxInflight, timersOn, commitRule);
    }

    public RaftSettings withCommitRule(CommitRule rule) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, timersOn, rule);
    }
}
