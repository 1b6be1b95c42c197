package io.raftctl.cli.client;

import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.cluster.ClusterNode;

/** One node's answer in a fan-out: a value, or why the node could not be reached. */
public record NodeReply<T>(ClusterNode node, T value, NodeUnreachableException unreachable) {

    public boolean reachable() {
        return unreachable == null;
    }

    public String id() {
        return node.id();
    }
}
