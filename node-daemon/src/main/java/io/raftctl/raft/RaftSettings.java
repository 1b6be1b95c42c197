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
 * @param maxBytesPerMessage   upper bound on the entries' bytes in one AppendEntries (commands in UTF-8 plus a small
 *                             overhead per entry); one entry always goes, however large
 * @param maxCommandBytes      the largest command (UTF-8) a leader takes: larger ones are refused at submission as
 *                             {@code INVALID}, so that every entry fits in one replication message of the transport
 */
public record RaftSettings(long heartbeatMs, long electionMinMs, long electionMaxMs, boolean preVote,
                           boolean checkQuorum, int maxEntriesPerMessage, int maxInflight, boolean timersOn,
                           CommitRule commitRule, long maxBytesPerMessage, int maxCommandBytes) {

    /**
     * Default of {@link #maxBytesPerMessage}: as etcd's MaxSizePerMsg, far below the transport's 16 MiB frames, so
     * that a batch of large commands never makes a frame the transport refuses.
     */
    public static final long DEFAULT_MAX_BYTES_PER_MESSAGE = 1 << 20;
    /**
     * Default of {@link #maxCommandBytes}: one such entry plus a message's header fits the transport's 16 MiB frame
     * with room to spare, and storage's records take up to 64 MiB. The admin socket and the client port take
     * bodies and frames of at most 1 MiB, so there it is the edge that refuses first.
     */
    public static final int DEFAULT_MAX_COMMAND_BYTES = 8 << 20;

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
        if (maxBytesPerMessage < 1) throw new IllegalArgumentException("max bytes per message must be >= 1");
        if (maxCommandBytes < 1) throw new IllegalArgumentException("max command bytes must be >= 1");
    }

    /** Settings with the default byte limits ({@link #DEFAULT_MAX_BYTES_PER_MESSAGE}, {@link #DEFAULT_MAX_COMMAND_BYTES}). */
    public RaftSettings(long heartbeatMs, long electionMinMs, long electionMaxMs, boolean preVote, boolean checkQuorum,
                        int maxEntriesPerMessage, int maxInflight, boolean timersOn, CommitRule commitRule) {
        this(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum, maxEntriesPerMessage, maxInflight,
                timersOn, commitRule, DEFAULT_MAX_BYTES_PER_MESSAGE, DEFAULT_MAX_COMMAND_BYTES);
    }

    public static RaftSettings defaults() {
        return new RaftSettings(50, 150, 300, true, true, 64, 32, true, CommitRule.CURRENT_TERM);
    }

    public RaftSettings withTimers(boolean on) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, on, commitRule, maxBytesPerMessage, maxCommandBytes);
    }

    public RaftSettings withPreVote(boolean on) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, on, checkQuorum,
                maxEntriesPerMessage, maxInflight, timersOn, commitRule, maxBytesPerMessage, maxCommandBytes);
    }

    public RaftSettings withCheckQuorum(boolean on) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, on,
                maxEntriesPerMessage, maxInflight, timersOn, commitRule, maxBytesPerMessage, maxCommandBytes);
    }

    public RaftSettings withMaxEntriesPerMessage(int n) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                n, maxInflight, timersOn, commitRule, maxBytesPerMessage, maxCommandBytes);
    }

    public RaftSettings withMaxBytesPerMessage(long n) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, timersOn, commitRule, n, maxCommandBytes);
    }

    public RaftSettings withMaxCommandBytes(int n) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, timersOn, commitRule, maxBytesPerMessage, n);
    }

    public RaftSettings withCommitRule(CommitRule rule) {
        return new RaftSettings(heartbeatMs, electionMinMs, electionMaxMs, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, timersOn, rule, maxBytesPerMessage, maxCommandBytes);
    }
}
