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

/** Admin clients for every node of a cluster, fan-out to several nodes at once, and leader discovery. */
public final class ClusterClient {

    /** Fan-out threads; daemon threads so they never keep the process alive. */
    private static final ExecutorService FAN_OUT = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raftctl-fan-out");
        t.setDaemon(true);
        return t;
    });

    private final ClusterView cluster;
    private final AdminHttp http;

    public ClusterClient(ClusterView cluster, AdminHttp http) {
        this.cluster = cluster;
        this.http = http;
    }

    public ClusterView cluster() {
        return cluster;
    }

    /** @throws CliException exit 2 for an unknown node id */
    public AdminClient node(String id) {
        return client(cluster.node(id));
    }

    public AdminClient client(ClusterNode node) {
        return new AdminClient(node, cluster.tokenFile(node.id()), http);
    }

    /**
     * Calls {@code action} on every node at once. Unreachable nodes become replies without a value; any other
     * failure (a rejected token, a refused request) is thrown, the first in node order.
     */
    public <T> List<NodeReply<T>> onEach(List<ClusterNode> nodes, Function<AdminClient, T> action) {
        List<CompletableFuture<NodeReply<T>>> futures = new ArrayList<>();
        for (ClusterNode node : nodes) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return new NodeReply<>(node, action.apply(client(node)), null);
                } catch (NodeUnreachableException e) {
                    return new NodeReply<T>(node, null, e);
                }
            }, FAN_OUT));
        }
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

    public List<NodeReply<AdminDtos.Status>> statusAll() {
        return onEach(cluster.nodes(), AdminClient::status);
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
        return leader.map(NodeReply::node).orElseThrow(() -> CliException.failed("no leader"));
    }

    /** @throws CliException exit 3 naming every node when none of the replies came through */
    public <T> void requireSomeReachable(List<NodeReply<T>> replies) {
        if (replies.isEmpty() || replies.stream().anyMatch(NodeReply::reachable)) return;
        if (replies.size() == 1) throw replies.get(0).unreachable();
        throw new CliException(ExitCodes.UNREACHABLE, "no node of cluster " + cluster.name() + " is reachable ("
                + replies.stream().map(r -> r.id() + " " + r.node().admin() + ": " + r.unreachable().reason())
                .collect(Collectors.joining("; ")) + ")", replies.get(0).unreachable());
    }
}
