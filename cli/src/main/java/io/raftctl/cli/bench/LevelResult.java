package io.raftctl.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of one client count.
 *
 * @param acknowledged  writes the cluster acknowledged during the whole level (warm-up included)
 * @param errors        answers other than OK during the level, and commands lost with a connection
 * @param indeterminate errors whose command may or may not have taken effect (outcome unknown)
 * @param integrityOk   the counter check after the level; null when the command is not {@code add N}
 */
public record LevelResult(
        int clients,
        int connections,
        @JsonProperty("duration_s") double durationS,
        long ops,
        @JsonProperty("ops_per_s") double opsPerS,
        @JsonProperty("p50_ms") double p50Ms,
        @JsonProperty("p90_ms") double p90Ms,
        @JsonProperty("p99_ms") double p99Ms,
        @JsonProperty("max_ms") double maxMs,
        long errors,
        long acknowledged,
        long indeterminate,
        @JsonProperty("integrity_ok") Boolean integrityOk,
        String integrity,
        boolean fsync,
        String leader,
        @JsonProperty("first_error") String firstError,
        @JsonProperty("leader_moved_to") String leaderMovedTo) {

    LevelResult withIntegrity(Boolean ok, String text) {
        return new LevelResult(clients, connections, durationS, ops, opsPerS, p50Ms, p90Ms, p99Ms, maxMs, errors,
                acknowledged, indeterminate, ok, text, fsync, leader, firstError, leaderMovedTo);
    }
}
