package io.raftctl.transport;

import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import io.raftctl.raft.Message.AppendEntries;
import io.raftctl.raft.Message.VoteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.raftctl.transport.Await.awaitUntil;
import static io.raftctl.transport.TestMessages.heartbeat;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code net hold / pending / deliver / release} through a real transport. */
class HeldMessagesTest {

    private TestCluster cluster;
    private PeerTransport n1;

    @BeforeEach
    void startThreeNodes() throws IOException {
        cluster = new TestCluster(3);
        cluster.startAll();
        cluster.awaitFullMesh();
        n1 = cluster.transport("n1");
    }

    @AfterEach
    void tearDown() {
        cluster.close();
    }

    @Test
    void holdQueuesAndPendingShowsTraceShorthand() {
        cluster.faults("n1").hold();
        n1.send(new AppendEntries("n1", "n2", 1, 0, 0, List.of(Entry.termStart(1, 1)), 0, 1));
        n1.send(new VoteRequest("n1", "n3", 2, 1, 1, false, 2));
        assertThat(cluster.faults("n1").pendingShorthand())
                .containsExactly("ae+N-2 t-1 i-0 lt-0 e-1 c-0", "poll+N-3 t-2 li-1 lt-1");
        assertThat(n1.stats().framesSent()).isZero();
    }

    @Test
    void deliverOneSendsExactlyTheOldestAndReleaseTheRestInOrder() {
        cluster.faults("n1").hold();
        for (int i = 1; i <= 3; i++) n1.send(heartbeat("n1", "n2", i));

        n1.deliverHeld(1);
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 1));
        assertThat(cluster.faults("n1").pending()).containsExactly(heartbeat("n1", "n2", 2), heartbeat("n1", "n2", 3));

        n1.releaseHeld();
        assertThat(cluster.faults("n1").isHolding()).isFalse();
        n1.send(heartbeat("n1", "n2", 4));
        cluster.awaitReceived("n2", 4);
        assertThat(cluster.received("n2")).extracting(Message::clock).containsExactly(1L, 2L, 3L, 4L);
        awaitUntil(() -> n1.stats().framesSent() == 4, () -> "4 frames sent");
    }

    @Test
    void partitionsApplyWhenHeldMessagesAreDeliveredNotWhenQueued() {
        cluster.faults("n1").hold();
        n1.send(heartbeat("n1", "n2", 1));
        cluster.everyNode(f -> f.isolate("n2"));
        n1.deliverHeld(-1);
        assertThat(n1.stats().droppedPartitionOut()).isEqualTo(1);
        assertThat(cluster.faults("n1").pending()).isEmpty();

        // The other way round: queued while partitioned, delivered once healed.
        n1.send(heartbeat("n1", "n2", 2));
        assertThat(cluster.faults("n1").pending()).hasSize(1);
        cluster.everyNode(NetworkFaults::heal);
        n1.releaseHeld();
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 2));
    }

    @Test
    void releaseKeepsOrderAgainstConcurrentSends() throws InterruptedException {
        cluster.faults("n1").hold();
        for (int i = 1; i <= 500; i++) n1.send(heartbeat("n1", "n2", i));
        Thread releaser = new Thread(n1::releaseHeld, "test-releaser");
        releaser.start();
        for (int i = 501; i <= 1_000; i++) n1.send(heartbeat("n1", "n2", i));
        releaser.join(Await.TIMEOUT.toMillis());
        cluster.awaitReceived("n2", 1_000);
        assertThat(cluster.received("n2")).extracting(Message::clock).isSorted().hasSize(1_000);
    }

    @Test
    void droppedHeldMessagesAreNeverSent() {
        cluster.faults("n1").hold();
        n1.send(heartbeat("n1", "n2", 1));
        cluster.faults("n1").dropHeld();
        n1.send(heartbeat("n1", "n2", 2));
        n1.releaseHeld();
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 2));
    }
}
