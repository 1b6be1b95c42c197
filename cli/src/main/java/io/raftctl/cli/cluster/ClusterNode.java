package io.raftctl.cli.cluster;

import io.raftctl.config.HostPort;

/**
 * One node of the cluster file, as raftctl needs it.
 *
 * @param id     node id ({@code n1})
 * @param raft   its peer address; null for a node of the simulator
 * @param admin  its admin socket; null for a node of the simulator
 * @param client its client port for commands; null if it has none (commands then go through the admin socket)
 */
public record ClusterNode(String id, HostPort raft, HostPort admin, HostPort client) {

    /** How messages name where the node is reached. */
    public static final String SIMULATED = "simulated";

    public ClusterNode(String id, HostPort raft, HostPort admin) {
        this(id, raft, admin, null);
    }

    /** A node of the in-process simulator: no sockets at all. */
    public static ClusterNode simulated(String id) {
        return new ClusterNode(id, null, null, null);
    }

    /** Where the node answers, for messages: its admin address, or {@code simulated}. */
    public String address() {
        return admin == null ? SIMULATED : admin.toString();
    }
}
