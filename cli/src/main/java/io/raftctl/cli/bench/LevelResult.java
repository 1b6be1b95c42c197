package io.raftctl.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The figures of one client count.
 *
 * @param ops            commands acknowledged in the measured window
 * @param failed         commands that definitely did not take effect (NOT_LEADER and other refusals)
 * @param unknownOutcome commands that may or may not have taken effect: no answer in time, a lost connection,
 *                       leadership lost after they entered the log
 * @param acknowledged   writes the cluster acknowledged during the whole level (its settling time included)
 * @param leaderChanges  times the clients moved to another node that leads
 * @param longestStallMs the longest time in the window during which no command was acknowledged
 * @param integrityOk    the counter check after the level; null when the command is not {@code add N}
 * @param leader         the leader when the level started
 * @param leaderMovedTo  the first node the clients moved to, null if they did not
 */
@JsonPropertyOrder({"clients", "connections", "duration_s", "ops", "ops_per_s", "p50_ms", "p90_ms", "p99_ms",
        "p999_ms", "max_ms", "longest_stall_ms", "leader_changes", "errors", "failed", "unknown_outcome",
        "acknowledged", "indeterminate", "integrity_ok", "integrity", "fsync", "leader", "first_error",
        "leader_moved_to"})
public record LevelResult(
        int clients,
        int connections,
        @JsonProperty("duration_s") double durationS,
        long ops,
        @JsonProperty("ops_per_s") double opsPerS,
        @JsonProperty("p50_ms") double p50Ms,
        @JsonProperty("p90_ms") double p90Ms,
        @JsonProperty("p99_ms") double p99Ms,
        @JsonProperty("p999_ms") double p999Ms,
        @JsonProperty("max_ms") double maxMs,
        @JsonProperty("longest_stall_ms") double longestStallMs,
        @JsonProperty("leader_changes") int leaderChanges,
        long failed,
        @JsonProperty("unknown_outcome") long unknownOutcome,
        long acknowledged,
        @JsonProperty("integrity_ok") Boolean integrityOk,
        String integrity,
        boolean fsync,
        String leader,
        @JsonProperty("first_error") String firstError,
        @JsonProperty("leader_moved_to") String leaderMovedTo) {

    static LevelResult of(int clients, int connections, LoadDriver.Outcome o, boolean fsync, String leader) {
        Latencies l = o.latencies();
        return new LevelResult(clients, connections, o.windowS(), o.measuredOps(),
                o.windowS() > 0 ? o.measuredOps() / o.windowS() : 0, l.percentileMs(50), l.percentileMs(90),
                l.percentileMs(99), l.percentileMs(99.9), l.maxMs(), o.longestStallNanos() / 1e6, o.leaderChanges(),
                o.failed(), o.unknown(), o.acknowledged(), null, null, fsync, leader, o.firstError(), o.leaderMovedTo());
    }

    /** Every command that did not succeed: failed ones and those of unknown outcome. */
    @JsonProperty("errors")
    public long errors() {
        return failed + unknownOutcome;
    }

    /** The name {@code unknown_outcome} had before bench followed leaders; kept for scripts that read it. */
    @JsonProperty("indeterminate")
    public long indeterminate() {
        return unknownOutcome;
    }

    LevelResult withIntegrity(Boolean ok, String text) {
        return new LevelResult(clients, connections, durationS, ops, opsPerS, p50Ms, p90Ms, p99Ms, p999Ms, maxMs,
                longestStallMs, leaderChanges, failed, unknownOutcome, acknowledged, ok, text, fsync, leader, firstError,
                leaderMovedTo);
    }
}
