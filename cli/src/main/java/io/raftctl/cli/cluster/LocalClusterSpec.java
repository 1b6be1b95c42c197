package io.raftctl.cli.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code up} writes when there is no cluster file: {@code nodes} nodes {@code n1..nN} on 127.0.0.1.
 *
 * @param clientPorts one client port per node, or null for nodes without one
 * @param dataDir     the directory holding every node's data directory; a relative path is relative to the
 *                    cluster file's directory (and is written that way, so the file and its data can move together)
 */
public record LocalClusterSpec(String name, int nodes, List<Integer> raftPorts, List<Integer> adminPorts,
                               List<Integer> clientPorts, Path dataDir, boolean timers, boolean preVote,
                               boolean checkQuorum) {

    /** Nodes without client ports. */
    public LocalClusterSpec(String name, int nodes, List<Integer> raftPorts, List<Integer> adminPorts, Path dataDir,
                            boolean timers, boolean preVote, boolean checkQuorum) {
        this(name, nodes, raftPorts, adminPorts, null, dataDir, timers, preVote, checkQuorum);
    }
}
