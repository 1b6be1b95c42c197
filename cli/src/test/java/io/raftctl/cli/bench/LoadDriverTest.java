package io.raftctl.cli.bench;

import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.raft.ClientResult.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load driver's clients following the leader, against client ports that speak the real protocol and admin
 * sockets that report a status the test sets. n1 leads at first and stops after a few commands.
 */
class LoadDriverTest {

    private static final int CLIENTS = 4;
    /** Commands n1 acknowledges before it stops leading: a few round trips into the level. */
    private static final int LED = 8;
    private static final Duration LEVEL = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private FakeCluster admin;
    private ClusterView view;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private FakeClientPort port(String id, FakeClientPort.Rule rule, String hint) throws Exception {
        FakeClientPort p = new FakeClientPort(id, admin.node(id).token, rule, hint);
        open.add(p);
        return p;
    }

    /** The fake admin sockets, with the client ports as the nodes' client addresses. */
    private ClientPorts cluster(FakeClientPort n1, FakeClientPort n2) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (ClusterNode n : admin.view.nodes()) {
            FakeClientPort p = n.id().equals("n1") ? n1 : n2;
            nodes.add(new ClusterNode(n.id(), n.raft(), n.admin(), p.address()));
        }
        view = new ClusterView(admin.file, "test", nodes, admin.view::dataDir, admin.view::tokenFile);
        return new ClientPorts(view, new ClusterClient(view, AdminHttp.client()));
    }

    private void fakeAdmin() throws Exception {
        admin = new FakeCluster(dir, 2);
        open.add(admin);
    }

    private static FakeClientPort.Rule okThen(Status after) {
        return n -> n <= LED ? Status.OK : after;
    }

    private LoadDriver.Outcome run(ClientPorts ports, boolean strict) throws Exception {
        return new LoadDriver(ports, view.node("n1"), "add 1", CLIENTS, CLIENTS, strict).run(Duration.ZERO, LEVEL, n -> { });
    }

    @Test
    void aNotLeaderAnswerWithAHintSendsEveryClientToTheHintedNode() throws Exception {
        fakeAdmin();
        FakeClientPort n1 = port("n1", okThen(Status.NOT_LEADER), "n2");
        FakeClientPort n2 = port("n2", n -> Status.OK, null);
        LoadDriver.Outcome o = run(cluster(n1, n2), false);

        assertThat(o.leaderChanges()).isEqualTo(1);
        assertThat(o.leaderMovedTo()).isEqualTo("n2");
        assertThat(o.leader().id()).isEqualTo("n2");
        assertThat(n2.acknowledged.get()).isPositive();
        // Each client is told at most once: after that it sends to n2 only.
        assertThat(n1.refused.get()).isBetween(1, CLIENTS);
        assertThat(o.failed()).isEqualTo(n1.refused.get());
        assertThat(o.unknown()).isZero();
        assertThat(o.acknowledged()).isEqualTo(n1.acknowledged.get() + n2.acknowledged.get());
        assertThat(o.firstError()).startsWith("NOT_LEADER");
    }

    @Test
    void anUnknownOutcomeWithoutAHintMakesTheClientsAskTheClusterWhoLeads() throws Exception {
        fakeAdmin();
        admin.node("n2").role = "LEADER";
        admin.node("n2").term = 2;
        FakeClientPort n1 = port("n1", okThen(Status.OUTCOME_UNKNOWN), null);
        FakeClientPort n2 = port("n2", n -> Status.OK, null);
        LoadDriver.Outcome o = run(cluster(n1, n2), false);

        assertThat(o.leaderChanges()).isEqualTo(1);
        assertThat(o.leader().id()).isEqualTo("n2");
        assertThat(admin.node("n1").statusCalls.get() + admin.node("n2").statusCalls.get()).isPositive();
        assertThat(n1.refused.get()).isBetween(1, CLIENTS);
        // Those may have taken effect: unknown, not failed.
        assertThat(o.unknown()).isEqualTo(n1.refused.get());
        assertThat(o.failed()).isZero();
        assertThat(o.acknowledged()).isEqualTo(n1.acknowledged.get() + n2.acknowledged.get());
    }

    @Test
    void whileNoNodeLeadsTheClientsWaitInsteadOfSpinning() throws Exception {
        fakeAdmin(); // both FOLLOWER: no leader for the whole level
        FakeClientPort n1 = port("n1", okThen(Status.NOT_LEADER), null);
        FakeClientPort n2 = port("n2", n -> Status.OK, null);
        LoadDriver.Outcome o = run(cluster(n1, n2), false);

        assertThat(o.leaderChanges()).isZero();
        assertThat(o.leader().id()).isEqualTo("n1");
        assertThat(n1.refused.get()).isBetween(1, CLIENTS);
        assertThat(n2.received.get()).isZero();
        // Pauses from 10 ms doubling to 500 ms allow a handful of status rounds in a second; a spin would make thousands.
        assertThat(admin.node("n1").statusCalls.get()).isLessThan(50);
        assertThat(o.longestStallNanos()).isPositive();
    }

    @Test
    void strictEndsTheLevelAtTheFirstNotLeader() throws Exception {
        fakeAdmin();
        FakeClientPort n1 = port("n1", okThen(Status.NOT_LEADER), "n2");
        FakeClientPort n2 = port("n2", n -> Status.OK, null);
        LoadDriver.Outcome o = run(cluster(n1, n2), true);

        assertThat(o.leaderMovedTo()).isEqualTo("n2");
        assertThat(o.leaderChanges()).isZero();
        assertThat(n2.received.get()).isZero();
        assertThat(o.windowS()).as("measured until then").isLessThan(LEVEL.toNanos() / 1e9);
        assertThat(o.acknowledged()).isEqualTo(LED);
    }
}
