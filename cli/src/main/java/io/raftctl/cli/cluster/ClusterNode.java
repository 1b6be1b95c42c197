package io.raftctl.cli.cluster;

import io.raftctl.config.HostPort;

/**
 * One node of the cluster file, as raftctl needs it.
 *
 * @param id    node id ({@code n1})
 * @param raft  its peer address
 * @param admin its admin socket
 */
public record ClusterNode(String id, HostPort raft, HostPort admin) {
}
