package io.raftctl.transport;

import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import io.raftctl.raft.Message.AppendEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.raftctl.transport.Await.awaitUntil;
import static io.raftctl.transport.TestMessages.heartbeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerTransportTest {

    private TestCluster cluster;
    private final List<AutoCloseable> extra = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        if (cluster != null) cluster.close();
        for (AutoCloseable c : extra) c.close();
    }

    @Test
    void threeNodesExchangeMessagesInBothDirections() throws IOException {
        cluster = new TestCluster(3);
        cluster.startAll();
        cluster.awaitFullMesh();
        long seq = 0;
        List<Message> sent = new ArrayList<>();
        for (String from : cluster.members) {
            for (String to : cluster.members) {
                if (from.equals(to)) continue;
                Message m = heartbeat(from, to, ++seq);
                sent.add(m);
                cluster.transport(from).send(m);
            }
        }
        for (String id : cluster.members) {
            cluster.awaitReceived(id, 2);
            List<Message> expected = sent.stream().filter(m -> m.to().equals(id)).toList();
            assertThat(cluster.received(id)).containsExactlyInAnyOrderElementsOf(expected);
            awaitUntil(() -> cluster.transport(id).stats().framesSent() == 2, () -> "2 frames sent by " + id);
            TransportStats stats = cluster.transport(id).stats();
            assertThat(stats.framesReceived()).isEqualTo(2);
            assertThat(stats.garbageConnections()).isZero();
            assertThat(stats.connectedPeers()).hasSize(2);
        }
        assertThat(cluster.transport("n1").stats().inboundPeers()).containsExactly("n2", "n3");
    }

    @Test
    void everyMessageTypeCrossesTheWire() throws IOException {
        cluster = new TestCluster(3);
        cluster.startAll();
        cluster.awaitFullMesh();
        List<Message> samples = TestMessages.everyType().stream()
                .filter(m -> m.from().equals("n1") && m.to().equals("n2")).toList();
        samples.forEach(cluster.transport("n1")::send);
        cluster.awaitReceived("n2", samples.size());
        assertThat(cluster.received("n2")).containsExactlyElementsOf(samples);
    }

    @Test
    void messagesToOnePeerArriveInOrder() throws IOException {
        cluster = new TestCluster(2);
        cluster.startAll();
        cluster.awaitConnected("n1", "n2");
        for (int i = 1; i <= 5_000; i++) cluster.transport("n1").send(heartbeat("n1", "n2", i));
        cluster.awaitReceived("n2", 5_000);
        assertThat(cluster.received("n2")).extracting(Message::clock).isSorted().hasSize(5_000);
    }

    @Test
    void threadsAreNamedAfterTheirPeer() throws IOException {
        cluster = new TestCluster(2);
        cluster.startAll();
        cluster.awaitConnected("n1", "n2");
        cluster.awaitConnected("n2", "n1");
        // A reader takes its peer's name before it registers the hello.
        awaitUntil(() -> cluster.transport("n2").stats().inboundPeers().contains("n1"), () -> "n2 greeted n1");
        awaitUntil(() -> cluster.transport("n1").stats().inboundPeers().contains("n2"), () -> "n1 greeted n2");
        List<String> names = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
        assertThat(names).contains("raft-out-n2", "raft-out-n1", "raft-in-n1", "raft-in-n2");
    }

    @Test
    void aPeerThatIsDownAtStartIsReachedOnceItStarts() throws IOException {
        cluster = new TestCluster(2);
        cluster.start("n1");
        // Proof that n1 tried and failed: what it queued for the absent peer is dropped.
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        awaitUntil(() -> cluster.transport("n1").stats().droppedPeerDown() == 1, () -> "the send to n2 to fail");
        cluster.start("n2");
        cluster.awaitConnected("n1", "n2");
        cluster.transport("n1").send(heartbeat("n1", "n2", 2));
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 2));
        assertThat(cluster.transport("n1").stats().reconnects()).isEqualTo(1);
    }

    @Test
    void aRestartedPeerGetsTheFirstMessageSentAfterItsRestart() throws IOException {
        cluster = new TestCluster(2);
        cluster.startAll();
        cluster.awaitConnected("n1", "n2");
        long reconnectsBefore = cluster.transport("n1").stats().reconnects();
        cluster.restart("n2");
        // n1 finds its old connection closed before writing, reconnects, and sends the message on the new one.
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 1));
        assertThat(cluster.transport("n1").stats().reconnects()).isEqualTo(reconnectsBefore + 1);
    }

    @Test
    void aDeadPeerDoesNotBlockDeliveryToALiveOne() throws IOException {
        cluster = new TestCluster(3);
        cluster.start("n1");
        cluster.start("n2");
        cluster.awaitConnected("n1", "n2");
        for (int i = 1; i <= 100; i++) cluster.transport("n1").send(heartbeat("n1", "n3", i));
        cluster.transport("n1").send(heartbeat("n1", "n2", 101));
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 101));
    }

    @Test
    void aPeerThatNeverReadsDoesNotBlockSendsOrOtherPeers() throws IOException {
        cluster = new TestCluster(3);
        // n3's port is taken by a listener that accepts nothing and reads nothing: writes to it stall.
        ServerSocket stuck = new ServerSocket();
        extra.add(stuck);
        stuck.bind(cluster.addresses.get("n3"));
        cluster.start("n1");
        cluster.start("n2");
        cluster.awaitConnected("n1", "n3");
        cluster.awaitConnected("n1", "n2");

        // Far more bytes than socket buffers, the batch and the queue together can absorb.
        String command = "x".repeat(8192);
        int flood = 5 * OutboundPeer.QUEUE_CAPACITY;
        for (int i = 1; i <= flood; i++) {
            cluster.transport("n1").send(new AppendEntries("n1", "n3", 1, 0, 0,
                    List.of(Entry.command(i, 1, command)), 0, i));
        }
        assertThat(cluster.transport("n1").stats().droppedQueueFull())
                .isGreaterThanOrEqualTo(flood - OutboundPeer.QUEUE_CAPACITY - OutboundPeer.MAX_BATCH
                        - 64L * 1024 * 1024 / 8192); // generous room for socket buffers
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 1));
    }

    @Test
    void aTakenPortGivesAClearError() throws IOException {
        cluster = new TestCluster(2);
        ServerSocket squatter = new ServerSocket();
        extra.add(squatter);
        squatter.bind(cluster.addresses.get("n1"));
        assertThatThrownBy(() -> cluster.start("n1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("node n1 cannot listen for peers on")
                .hasMessageContaining(String.valueOf(cluster.addresses.get("n1").getPort()));
    }

    @Test
    void startingTwiceIsRefused() throws IOException {
        cluster = new TestCluster(2);
        cluster.start("n1");
        assertThatThrownBy(() -> cluster.start("n1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void boundAddressReportsTheListeningPort() throws IOException {
        cluster = new TestCluster(2);
        assertThat(cluster.transport("n1").boundAddress()).isNull();
        cluster.start("n1");
        assertThat(cluster.transport("n1").boundAddress().getPort()).isEqualTo(cluster.addresses.get("n1").getPort());
    }

    @Test
    void sendRejectsMessagesThatAreNotThisNodes() {
        cluster = new TestCluster(2);
        PeerTransport t = cluster.transport("n1");
        assertThatThrownBy(() -> t.send(heartbeat("n2", "n1", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.send(heartbeat("n1", "n9", 1))).hasMessage("unknown peer 'n9'");
        assertThatThrownBy(() -> t.send(heartbeat("n1", "n1", 1))).hasMessage("unknown peer 'n1'");
    }

    @Test
    void constructorRejectsMissingAddressesAndForeignFaults() {
        List<String> members = List.of("n1", "n2");
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 1);
        assertThatThrownBy(() -> new PeerTransport("n1", "c", members, Map.of("n1", any),
                new NetworkFaults("n1", members), m -> { }))
                .hasMessage("node 'n2' has no raft address");
        assertThatThrownBy(() -> new PeerTransport("n1", "c", members, Map.of("n1", any, "n2", any),
                new NetworkFaults("n2", members), m -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeEndsEveryThread() throws IOException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        cluster = new TestCluster(2);
        cluster.startAll();
        cluster.awaitConnected("n1", "n2");
        cluster.awaitConnected("n2", "n1");
        cluster.close();
        List<String> leftOver = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && t.getName().startsWith("raft-"))
                .map(Thread::getName).toList();
        assertThat(leftOver).isEmpty();
    }
}
