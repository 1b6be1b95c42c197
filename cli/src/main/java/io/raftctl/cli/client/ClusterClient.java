package io.raftctl.cli.client;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A handle on every node of a cluster ({@link NodeAdmin}), fan-out to several nodes at once, and leader
 * discovery. Over admin sockets the nodes are asked concurrently; on the simulator one after the other, in
 * cluster order, so that a run is the same every time.
 */
public final class ClusterClient {

    /** Fan-out threads; daemon threads so they never keep the process alive. */
    private static final ExecutorService FAN_OUT = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raftctl-fan-out");
        t.setDaemon(true);
        return t;
    });

    /** What to say when no node of the cluster runs at all: why, and what starts them. */
    public record NoneRunning(String why, String remedy) {
        static final NoneRunning LOCAL = new NoneRunning("none of its daemons is running on this machine",
                "'raftctl up' starts them");
    }

    private final ClusterView cluster;
    private final Function<ClusterNode, NodeAdmin> connect;
    private final boolean concurrent;
    private final NoneRunning noneRunning;

    public ClusterClient(ClusterView cluster, AdminHttp http) {
        this(cluster, http, id -> null);
    }

    /** @param unreachableHint node id to what the operator can do when it cannot be reached (or null) */
    public ClusterClient(ClusterView cluster, AdminHttp http, Function<String, String> unreachableHint) {
        this(cluster, node -> new AdminClient(node, cluster.tokenFile(node.id()), http,
                () -> unreachableHint.apply(node.id())), true, NoneRunning.LOCAL);
    }

    private ClusterClient(ClusterView cluster, Function<ClusterNode, NodeAdmin> connect, boolean concurrent,
                          NoneRunning noneRunning) {
        this.cluster = cluster;
        this.connect = connect;
        this.concurrent = concurrent;
        this.noneRunning = noneRunning;
    }

    /** Nodes reached in process, asked one at a time in cluster order (the simulator). */
    public static ClusterClient inProcess(ClusterView cluster, Function<ClusterNode, NodeAdmin> connect,
                                          NoneRunning noneRunning) {
        return new ClusterClient(cluster, connect, false, noneRunning);
    }

    public NoneRunning noneRunning() {
        return noneRunning;
    }

    public ClusterView cluster() {
        return cluster;
    }

    /** @throws CliException exit 2 for an unknown node id */
    public NodeAdmin node(String id) {
        return client(cluster.node(id));
    }

    public NodeAdmin client(ClusterNode node) {
        return connect.apply(node);
    }

    /**
     * Calls {@code action} on every node (at once over admin sockets). Unreachable nodes become replies without
     * a value; any other failure (a rejected token, a refused request) is thrown, the first in node order.
     */
    public <T> List<NodeReply<T>> onEach(List<ClusterNode> nodes, Function<NodeAdmin, T> action) {
        if (!concurrent) {
            List<NodeReply<T>> replies = new ArrayList<>();
            for (ClusterNode node : nodes) replies.add(reply(node, action));
            return replies;
        }
        List<CompletableFuture<NodeReply<T>>> futures = new ArrayList<>();
        for (ClusterNode node : nodes) futures.add(CompletableFuture.supplyAsync(() -> reply(node, action), FAN_OUT));
        List<NodeReply<T>> replies = new ArrayList<>();
        for (CompletableFuture<NodeReply<T>> f : futures) {
            try {
                replies.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw e;
            }
        }
        return replies;
    }

    private <T> NodeReply<T> reply(ClusterNode node, Function<NodeAdmin, T> action) {
        try {
            return new NodeReply<>(node, action.apply(client(node)), null);
        } catch (NodeUnreachableException e) {
            return new NodeReply<>(node, null, e);
        }
    }

    public List<NodeReply<AdminDtos.Status>> statusAll() {
        return onEach(cluster.nodes(), NodeAdmin::status);
    }

    /**
     * The node that leads: among the nodes claiming leadership, the one with the highest term.
     *
     * @throws CliException exit 1 {@code no leader}; exit 3 when no node answered at all
     */
    public ClusterNode leader() {
        List<NodeReply<AdminDtos.Status>> replies = statusAll();
        requireSomeReachable(replies);
        Optional<NodeReply<AdminDtos.Status>> leader = replies.stream()
                .filter(NodeReply::reachable)
                .filter(r -> "LEADER".equals(r.value().role()))
                .max(Comparator.comparingLong(r -> r.value().term() == null ? -1 : r.value().term()));
        return leader.map(NodeReply::node).orElseThrow(() -> CliException.failed(noLeader(replies)));
    }

    /** {@code no leader}, and what would make one: with timers off nobody campaigns unless told to. */
    static String noLeader(List<NodeReply<AdminDtos.Status>> replies) {
        List<AdminDtos.Status> live = replies.stream().filter(NodeReply::reachable).map(NodeReply::value)
                .filter(s -> !s.crashed()).toList();
        if (live.isEmpty()) return "no leader (every reachable node is crashed: 'raftctl restart NODE' recovers one)";
        // The most up-to-date node is the one whose campaign can win.
        String candidate = live.stream().max(Comparator
                        .comparingLong((AdminDtos.Status s) -> s.lastTerm() == null ? -1 : s.lastTerm())
                        .thenComparingLong(s -> s.lastIndex() == null ? -1 : s.lastIndex()))
                .map(AdminDtos.Status::id).orElseThrow();
        if (live.stream().noneMatch(AdminDtos.Status::timers)) {
            return "no leader (timers are off, so no node campaigns by itself: 'raftctl elect " + candidate
                    + "' starts an election, 'raftctl timers on' lets elections happen)";
        }
        return "no leader (an election may be under way: try again in a moment, or 'raftctl elect " + candidate + "')";
    }

    /** @throws CliException exit 3 naming every node when none of the replies came through */
    public <T> void requireSomeReachable(List<NodeReply<T>> replies) {
        if (replies.isEmpty() || replies.stream().anyMatch(NodeReply::reachable)) return;
        if (replies.size() == 1) throw replies.get(0).unreachable();
        boolean noneRunning = replies.size() == cluster.nodes().size() && replies.stream().allMatch(r -> r.unreachable().hint() != null);
        throw new CliException(ExitCodes.UNREACHABLE, "no node of cluster " + cluster.name() + " is reachable ("
                + replies.stream().map(r -> r.id() + " " + r.node().address() + ": " + r.unreachable().reason())
                .collect(Collectors.joining("; ")) + ")"
                + (noneRunning ? "; " + this.noneRunning.why() + ": " + this.noneRunning.remedy() : ""),
                replies.get(0).unreachable());
    }
}
