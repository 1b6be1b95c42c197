package io.raftctl.transport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.raftctl.transport.Await.awaitUntil;
import static io.raftctl.transport.TestMessages.heartbeat;
import static org.assertj.core.api.Assertions.assertThat;

/** Partitions drop messages at the sender when it knows of them, and at the receiver in any case. */
class PartitionTransportTest {

    private TestCluster cluster;

    @BeforeEach
    void startThreeNodes() throws IOException {
        cluster = new TestCluster(3);
        cluster.startAll();
        cluster.awaitFullMesh();
    }

    @AfterEach
    void tearDown() {
        cluster.close();
    }

    @Test
    void isolateDropsBothDirectionsAndHealRestores() {
        cluster.everyNode(f -> f.isolate("n2"));
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        cluster.transport("n2").send(heartbeat("n2", "n1", 2));
        assertThat(cluster.transport("n1").stats().droppedPartitionOut()).isEqualTo(1);
        assertThat(cluster.transport("n2").stats().droppedPartitionOut()).isEqualTo(1);

        cluster.transport("n1").send(heartbeat("n1", "n3", 3));
        cluster.awaitReceived("n3", 1);

        cluster.everyNode(NetworkFaults::heal);
        cluster.transport("n1").send(heartbeat("n1", "n2", 4));
        cluster.transport("n2").send(heartbeat("n2", "n1", 5));
        cluster.awaitReceived("n2", 1);
        cluster.awaitReceived("n1", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 4));
        assertThat(cluster.received("n1")).containsExactly(heartbeat("n2", "n1", 5));
    }

    @Test
    void reconnectRestoresAnIsolatedNode() {
        cluster.everyNode(f -> f.isolate("n3"));
        cluster.everyNode(f -> f.reconnect("n3"));
        cluster.transport("n3").send(heartbeat("n3", "n1", 1));
        cluster.awaitReceived("n1", 1);
    }

    @Test
    void splitDropsAcrossGroupsOnly() {
        cluster.everyNode(f -> f.split(List.of(List.of("n1"), List.of("n2", "n3"))));
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        cluster.transport("n3").send(heartbeat("n3", "n1", 2));
        cluster.transport("n2").send(heartbeat("n2", "n3", 3));
        cluster.awaitReceived("n3", 1);
        assertThat(cluster.received("n3")).containsExactly(heartbeat("n2", "n3", 3));
        assertThat(cluster.transport("n1").stats().droppedPartitionOut()).isEqualTo(1);
        assertThat(cluster.transport("n3").stats().droppedPartitionOut()).isEqualTo(1);

        cluster.everyNode(NetworkFaults::heal);
        cluster.transport("n1").send(heartbeat("n1", "n2", 4));
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 4));
    }

    @Test
    void theReceiverDropsMessagesFromACutOffSenderEvenIfTheSenderDoesNotKnow() {
        // Only n2 has heard of the partition so far: n1 sends, n2 drops on arrival.
        cluster.faults("n2").isolate("n1");
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        awaitUntil(() -> cluster.transport("n2").stats().droppedPartitionIn() == 1, () -> "n2 to drop the message");
        assertThat(cluster.received("n2")).isEmpty();

        cluster.faults("n2").heal();
        cluster.transport("n1").send(heartbeat("n1", "n2", 2));
        cluster.awaitReceived("n2", 1);
        assertThat(cluster.received("n2")).containsExactly(heartbeat("n1", "n2", 2));
    }

    @Test
    void onlyOneEndNeedsTheRuleToCutAPairBothWays() {
        // n1 alone has heard that n2 is isolated (n2 was down, say): n1 drops what it would send to n2 and
        // what arrives from n2, so nothing crosses the pair in either direction.
        cluster.faults("n1").isolate("n2");
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        cluster.transport("n2").send(heartbeat("n2", "n1", 2));
        awaitUntil(() -> cluster.transport("n1").stats().droppedPartitionIn() == 1, () -> "n1 to drop n2's message");
        assertThat(cluster.transport("n1").stats().droppedPartitionOut()).isEqualTo(1);
        assertThat(cluster.received("n1")).isEmpty();

        // The pair n2-n3 has no end with the rule: it still talks, and a later message of n1 still reaches n3.
        cluster.transport("n2").send(heartbeat("n2", "n3", 3));
        cluster.transport("n1").send(heartbeat("n1", "n3", 4));
        cluster.awaitReceived("n3", 2);
        assertThat(cluster.received("n2")).as("nothing from n1, ever").isEmpty();
    }
}
