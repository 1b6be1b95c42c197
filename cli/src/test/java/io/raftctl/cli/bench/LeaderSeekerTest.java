package io.raftctl.cli.bench;

import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.config.HostPort;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the leader: hints first, then the cluster's status, with pauses that grow instead of a spin. */
class LeaderSeekerTest {

    private static final long MS = 1_000_000;
    private static final ClusterNode N2 = node("n2");
    private static final ClusterNode N3 = node("n3");

    private final List<Long> pauses = new CopyOnWriteArrayList<>();
    private final Semaphore found = new Semaphore(0);

    private static ClusterNode node(String id) {
        return new ClusterNode(id, new HostPort("127.0.0.1", 1), new HostPort("127.0.0.1", 2), new HostPort("127.0.0.1", 3));
    }

    private LeaderSeeker seeker(LeaderSeeker.Locator locator, LeaderSeeker.Connector connector) {
        return new LeaderSeeker(locator, connector, pauses::add, found::release);
    }

    private LeaderSeeker.Found awaitFound(LeaderSeeker s) throws InterruptedException {
        assertThat(found.tryAcquire(30, TimeUnit.SECONDS)).as("a leader is found").isTrue();
        return s.take();
    }

    @Test
    void whileNoNodeLeadsTheStatusIsAskedAgainAfterPausesThatDoubleUpToAMaximum() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        LeaderSeeker.Locator locator = () -> asked.incrementAndGet() > 7 ? N2 : null; // 7 times no leader
        try (LeaderSeeker s = seeker(locator, n -> List.of())) {
            s.seek(null);
            assertThat(awaitFound(s).node()).isEqualTo(N2);
        }
        assertThat(asked.get()).isEqualTo(8);
        assertThat(pauses).containsExactly(10 * MS, 20 * MS, 40 * MS, 80 * MS, 160 * MS, 320 * MS, 500 * MS);
    }

    @Test
    void aHintIsTriedFirstAndTheStatusIsAskedWhenItCannotBeReached() throws Exception {
        List<String> connected = new ArrayList<>();
        LeaderSeeker.Connector connector = n -> {
            synchronized (connected) {
                connected.add(n.id());
            }
            if (n.equals(N3)) throw new IOException("Connection refused");
            return List.of();
        };
        try (LeaderSeeker s = seeker(() -> N2, connector)) {
            s.seek(N3);
            assertThat(awaitFound(s).node()).isEqualTo(N2);
            assertThat(s.lastProblem()).isEqualTo("cannot connect to n3: Connection refused");
        }
        synchronized (connected) {
            assertThat(connected).containsExactly("n3", "n2");
        }
        assertThat(pauses).containsExactly(10 * MS);
    }

    @Test
    void searchesWithNoAcknowledgementInBetweenStartWithAGrowingPause() throws Exception {
        try (LeaderSeeker s = seeker(() -> N2, n -> List.of())) {
            s.seek(null);
            awaitFound(s);
            assertThat(pauses).isEmpty(); // the first search starts at once
            s.seek(N3);
            awaitFound(s);
            s.seek(null);
            awaitFound(s);
            // Nodes that keep denying leadership (NOT_LEADER, then a status that names the same node) get slower retries.
            assertThat(pauses).containsExactly(10 * MS, 20 * MS);
            s.progressed();
            s.seek(null);
            awaitFound(s);
            assertThat(pauses).containsExactly(10 * MS, 20 * MS); // progress in between: at once again
        }
    }
}
