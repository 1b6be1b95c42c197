package io.raftctl.cli.bench;

import io.raftctl.cli.CliException;
import io.raftctl.cli.client.ClientPortClient;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;

/** The cluster's client ports as bench's clients reach them: who leads, which node a hint names, connections. */
final class ClientPorts implements LeaderSeeker.Locator {

    /** Connecting and the hello each get this long: a node that is up answers within milliseconds. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    private final ClusterView cluster;
    private final ClusterClient clients;

    ClientPorts(ClusterView cluster, ClusterClient clients) {
        this.cluster = cluster;
        this.clients = clients;
    }

    /** The node that leads by the cluster's status, if it has a client port; null when none does. */
    @Override
    public ClusterNode leader() {
        try {
            ClusterNode leader = clients.leader();
            return leader.client() == null ? null : leader;
        } catch (CliException e) {
            return null; // no leader yet, or no node answered: ask again later
        }
    }

    /** The node a leader hint names, if clients can follow it there; null otherwise. */
    ClusterNode followable(String id) {
        if (id == null) return null;
        return cluster.find(id).filter(n -> n.client() != null).orElse(null);
    }

    /** {@code count} greeted connections to {@code node}'s client port. */
    List<SocketChannel> connect(ClusterNode node, int count) throws IOException {
        ClientPortClient port = new ClientPortClient(node, cluster.tokenFile(node.id()));
        return GreetedChannels.open(port.address(), port.token(), count, CONNECT_TIMEOUT);
    }
}
