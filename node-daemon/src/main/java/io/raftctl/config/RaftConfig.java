package io.raftctl.config;

import io.raftctl.raft.RaftSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@code raft:} section of the cluster file.
 *
 * @param heartbeat            interval between leader heartbeats
 * @param electionTimeoutMin   lower bound of the randomized election timeout
 * @param electionTimeoutMax   upper bound of the randomized election timeout
 * @param preVote              run a pre-vote round before every campaign
 * @param checkQuorum          a leader that has not heard from a majority for an election timeout steps down
 * @param maxEntriesPerMessage upper bound on entries in one AppendEntries
 * @param maxInflight          unacknowledged AppendEntries a leader may have per follower
 * @param timers               whether timer-driven actions run when a daemon starts
 */
public record RaftConfig(Duration heartbeat, Duration electionTimeoutMin, Duration electionTimeoutMax,
                         boolean preVote, boolean checkQuorum, int maxEntriesPerMessage, int maxInflight,
                         boolean timers) {

    public static final RaftConfig DEFAULTS = new RaftConfig(Duration.ofMillis(50), Duration.ofMillis(150),
            Duration.ofMillis(300), true, true, 64, 32, true);

    public RaftConfig {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(electionTimeoutMin, "electionTimeoutMin");
        Objects.requireNonNull(electionTimeoutMax, "electionTimeoutMax");
    }

    public RaftConfig withTimers(boolean on) {
        return new RaftConfig(heartbeat, electionTimeoutMin, electionTimeoutMax, preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, on);
    }

    public RaftConfig withPreVote(boolean on) {
        return new RaftConfig(heartbeat, electionTimeoutMin, electionTimeoutMax, on, checkQuorum,
                maxEntriesPerMessage, maxInflight, timers);
    }

    public RaftConfig withCheckQuorum(boolean on) {
        return new RaftConfig(heartbeat, electionTimeoutMin, electionTimeoutMax, preVote, on,
                maxEntriesPerMessage, maxInflight, timers);
    }

    /** The engine's settings (times in milliseconds). */
    public RaftSettings toSettings() {
        return new RaftSettings(heartbeat.toMillis(), electionTimeoutMin.toMillis(), electionTimeoutMax.toMillis(),
                preVote, checkQuorum, maxEntriesPerMessage, maxInflight, timers, RaftSettings.CommitRule.CURRENT_TERM);
    }
}
