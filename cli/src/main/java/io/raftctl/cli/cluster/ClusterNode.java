package io.raftctl.cli.cluster;

import io.raftctl.config.HostPort;

/**
 * One node of the cluster file, as raftctl needs it.
 *
 * @param id     node id ({@code n1})
 * @param raft   its peer address
 * @param admin  its admin socket
 * @param client its client port for commands; null if it has none (commands then go through the admin socket)
 */
public record ClusterNode(String id, HostPort raft, HostPort admin, HostPort client) {

    public ClusterNode(String id, HostPort raft, HostPort admin) {
        this(id, raft, admin, null);
    }
}
