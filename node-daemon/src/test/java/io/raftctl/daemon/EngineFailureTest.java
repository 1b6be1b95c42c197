package io.raftctl.daemon;

import io.raftctl.admin.AdminException;
import io.raftctl.raft.ClientResult;
import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.Role;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.Triggers;
import io.raftctl.storage.NodeStorage;
import io.raftctl.storage.StorageOptions;
import io.raftctl.transport.NetworkFaults;
import io.raftctl.transport.PeerTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An unexpected exception on the engine thread stops the node: waiting clients learn that the outcome is unknown,
 * further work is refused with one sentence, a simulated restart is refused, and status says why.
 */
class EngineFailureTest {

    @TempDir
    Path dir;

    private EngineLoop loop;
    private NodeStorage storage;

    /** n1 alone, with an engine loop whose transport holds every message (it never connects). */
    private EngineLoop open(List<String> members) throws Exception {
        Path storageDir = dir.resolve("storage");
        storage = NodeStorage.open(storageDir, StorageOptions.defaults());
        NetworkFaults faults = new NetworkFaults("n1", members);
        faults.hold();
        loop = new EngineLoop("n1", members, RaftSettings.defaults().withTimers(false), "counter", storage,
                storageDir, StorageOptions.defaults(), new Tracer("n1"), new Triggers(), faults);
        Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
        for (String m : members) addresses.put(m, new InetSocketAddress("127.0.0.1", 1));
        loop.attach(new PeerTransport("n1", "test", members, addresses, faults, loop.inbound()));
        loop.start();
        return loop;
    }

    private EngineLoop start() throws Exception {
        open(List.of("n1"));
        loop.call(() -> {
            loop.raft().campaign(true);
            return null;
        });
        LocalCluster.await(Duration.ofSeconds(5), () -> loop.snapshot().engine() != null
                && loop.snapshot().engine().role() == Role.LEADER, "n1 to lead");
        return loop;
    }

    @AfterEach
    void stop() {
        if (loop != null) loop.stop();
        if (storage != null) storage.close();
    }

    @Test
    void anExceptionInAnEngineActionStopsTheNodeAndFailsWaitingClients() throws Exception {
        start();
        assertThat(loop.submit("add 1").get(5, TimeUnit.SECONDS).ok()).isTrue();

        // Hold the engine thread, so that the command and the failing action land in one batch: the command waits.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try {
                loop.call(() -> {
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (AdminException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ClientResult> waiting = loop.submit("add 2");
        CompletableFuture<Object> failing = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.call(() -> {
                    throw new IllegalStateException("invariant broken: test");
                });
            } catch (AdminException e) {
                return e;
            }
        });
        // The failing action waits in the inbox behind the command before the engine thread goes on.
        LocalCluster.await(Duration.ofSeconds(5), () -> loop.inboxSize() == 2, "the command and the action to wait");
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);

        ClientResult answered = waiting.get(5, TimeUnit.SECONDS);
        assertThat(answered.status()).isEqualTo(ClientResult.Status.OUTCOME_UNKNOWN);
        assertThat(answered.error()).contains("engine failed");
        Object refusal = failing.get(5, TimeUnit.SECONDS);
        assertThat(refusal).isInstanceOf(AdminException.class);
        assertThat(((AdminException) refusal).status()).isEqualTo(503);
        assertThat(((AdminException) refusal).getMessage()).contains("the engine failed", "invariant broken: test");

        EngineLoop.Snapshot s = loop.snapshot();
        assertThat(s.crashed()).isTrue();
        assertThat(s.failure()).startsWith("engine failed: java.lang.IllegalStateException: invariant broken: test");

        // Further work is refused, and so is a simulated restart: only a new process recovers from disk.
        assertThatThrownBy(() -> loop.submit("add 3").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(AdminException.class).hasMessageContaining("the engine failed");
        assertThatThrownBy(() -> loop.call(() -> {
            loop.restart();
            return null;
        })).isInstanceOf(AdminException.class).hasMessageContaining("restart the process");
        assertThat(storage.lastIndex()).as("what was durable stays").isEqualTo(2);
    }

    @Test
    void anInvariantBrokenByAPeerMessageStopsTheNode() throws Exception {
        open(List.of("n1", "n2", "n3"));
        // n2 leads term 1 and commits entry 1 at n1; then n3 claims term 2 and overwrites that committed entry.
        loop.inbound().accept(new Message.AppendEntries("n2", "n1", 1, 0, 0, List.of(Entry.termStart(1, 1)), 1, 0));
        LocalCluster.await(Duration.ofSeconds(5), () -> loop.snapshot().engine().commitIndex() == 1, "entry 1 committed");
        assertThat(loop.snapshot().failure()).isNull();
        loop.inbound().accept(new Message.AppendEntries("n3", "n1", 2, 0, 0, List.of(Entry.termStart(1, 2)), 0, 0));
        LocalCluster.await(Duration.ofSeconds(5), () -> loop.snapshot().failure() != null, "the engine to fail");
        assertThat(loop.snapshot().failure()).startsWith("engine failed: java.lang.IllegalStateException: leader n3 "
                + "tried to overwrite committed entry 1 at n1");
        assertThat(loop.snapshot().crashed()).isTrue();
        assertThat(storage.entries()).as("the overwrite never reached the disk").containsExactly(Entry.termStart(1, 1));
    }
}
