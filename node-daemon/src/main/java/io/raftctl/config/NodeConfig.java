package io.raftctl.config;

import java.util.Objects;

/**
 * One node of the cluster file.
 *
 * @param id    the node id ({@code n1}); also the name of its data directory
 * @param raft  where the node listens for its peers
 * @param admin where the node's admin socket listens for raftctl
 */
public record NodeConfig(String id, HostPort raft, HostPort admin) {

    public NodeConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raft, "raft");
        Objects.requireNonNull(admin, "admin");
    }
}
