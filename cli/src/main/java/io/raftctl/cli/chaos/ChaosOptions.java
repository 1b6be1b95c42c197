package io.raftctl.cli.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The settings of one chaos run.
 *
 * @param machines         state machines to run, one cluster each: {@code kv} (checked for linearizability) and/or
 *                         {@code counter} (checked by counting {@code add 1}s)
 * @param clients          concurrent clients per cluster
 * @param keys             kv keys the clients share (fewer keys: more contention)
 * @param dir              where the clusters, their logs, the history and the nemesis log go
 * @param keep             keep {@code dir} when the run passes (a failed run always keeps it)
 * @param javaOptions      extra JVM options for every raftd
 */
public record ChaosOptions(Duration duration, long seed, Set<FaultKind> faults, int nodes, List<String> machines,
                           int clients, int keys, Path dir, boolean keep, List<String> javaOptions) {
}
