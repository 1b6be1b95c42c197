package io.raftctl.cli.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code up} writes when there is no cluster file: {@code nodes} nodes {@code n1..nN} on 127.0.0.1.
 *
 * @param dataDir the directory holding every node's data directory; a relative path is relative to the
 *                cluster file's directory (and is written that way, so the file and its data can move together)
 */
public record LocalClusterSpec(String name, int nodes, List<Integer> raftPorts, List<Integer> adminPorts,
                               Path dataDir, boolean timers, boolean preVote, boolean checkQuorum) {
}
