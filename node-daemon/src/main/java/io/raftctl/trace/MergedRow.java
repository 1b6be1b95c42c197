package io.raftctl.trace;

import io.raftctl.raft.TraceEvent;

import java.util.List;

/**
 * One row of a merged trace: what one node did, and every node's role at that point.
 *
 * @param nodePosition 0-based position of the acting node in the cluster's member list
 * @param event        the acting node's own trace event
 * @param roles        every node's current role, indexed by position (follower for a node with no event yet)
 */
public record MergedRow(int nodePosition, TraceEvent event, List<TraceEvent.NodeRole> roles) {

    public MergedRow {
        roles = List.copyOf(roles);
    }

    /** The trace name of the acting node: {@code N-k}, k its 1-based position. */
    public String nodeName() {
        return nodeName(nodePosition);
    }

    /** The trace name of the node at a 0-based position. */
    public static String nodeName(int position) {
        return "N-" + (position + 1);
    }
}
