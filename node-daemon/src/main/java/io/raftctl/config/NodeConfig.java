package io.raftctl.config;

import java.util.Objects;

/**
 * One node of the cluster file.
 *
 * @param id     the node id ({@code n1}); also the name of its data directory
 * @param raft   where the node listens for its peers
 * @param admin  where the node's admin socket listens for raftctl
 * @param client where the node listens for client commands on the binary client port (docs/client-protocol.md);
 *               null: no client port, clients use the admin socket's {@code /v1/command}
 */
public record NodeConfig(String id, HostPort raft, HostPort admin, HostPort client) {

    public NodeConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raft, "raft");
        Objects.requireNonNull(admin, "admin");
    }

    /** A node without a client port. */
    public NodeConfig(String id, HostPort raft, HostPort admin) {
        this(id, raft, admin, null);
    }
}
