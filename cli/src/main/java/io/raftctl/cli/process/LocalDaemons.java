package io.raftctl.cli.process;

import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;

import java.util.List;

/**
 * What this machine knows about a node's daemon, asked when the node does not answer: a node on a loopback
 * address whose pid file is missing or names a dead process is not running, and the operator can be told how
 * to start it instead of only that a connection was refused.
 */
public final class LocalDaemons {

    /** A node's daemon as seen from here. */
    public enum State {
        /** Its pid file names a live raftd of this node. */
        RUNNING,
        /** Local, and no raftd of this node is running. */
        NOT_RUNNING,
        /** On another machine: this one cannot tell. */
        UNKNOWN
    }

    private LocalDaemons() {
    }

    public static State state(ClusterView cluster, String id) {
        ClusterNode node = cluster.node(id);
        if (!node.admin().isLoopback()) return State.UNKNOWN;
        return new DaemonManager(cluster, null, List.of()).running(id).isPresent() ? State.RUNNING : State.NOT_RUNNING;
    }

    /**
     * What to do about an unreachable node, or null when there is nothing useful to say.
     *
     * @param raftctl how the operator invokes raftctl for this cluster ({@code raftctl}, {@code raftctl -c FILE})
     */
    public static String unreachableHint(ClusterView cluster, String id, String raftctl) {
        return state(cluster, id) == State.NOT_RUNNING
                ? "it is not running (no raftd for it on this machine): '" + raftctl + " up " + id + "' starts it"
                : null;
    }
}
