package io.raftctl.cli.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code up} writes when there is no cluster file: {@code nodes} nodes {@code n1..nN} on 127.0.0.1.
 *
 * @param dataDir the directory holding every node's data directory
 */
public record LocalClusterSpec(String name, int nodes, List<Integer> raftPorts, List<Integer> adminPorts,
                               Path dataDir, boolean timers, boolean preVote, boolean checkQuorum) {
}
