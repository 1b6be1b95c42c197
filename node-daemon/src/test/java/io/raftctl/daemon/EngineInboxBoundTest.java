package io.raftctl.daemon;

import io.raftctl.admin.AdminException;
import io.raftctl.raft.ClientResult;
import io.raftctl.raft.Message;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.Role;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.Triggers;
import io.raftctl.storage.NodeStorage;
import io.raftctl.storage.StorageOptions;
import io.raftctl.transport.NetworkFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine inbox is bounded: with its engine thread held, a node drops peer messages beyond
 * {@link EngineInbox#MAX_PEER_BACKLOG} waiting items and refuses admin and client work beyond
 * {@link EngineInbox#MAX_BACKLOG}, with one sentence; what was taken is done once the thread goes on.
 */
class EngineInboxBoundTest {

    @TempDir
    Path dir;

    private EngineLoop loop;
    private NodeStorage storage;

    @AfterEach
    void stop() {
        if (loop != null) loop.stop();
        if (storage != null) storage.close();
    }

    @Test
    void offerRespectsItsBound() {
        EngineInbox inbox = new EngineInbox();
        assertThat(inbox.offer(() -> { }, 2)).isTrue();
        assertThat(inbox.offer(() -> { }, 2)).isTrue();
        assertThat(inbox.offer(() -> { }, 2)).isFalse();
        assertThat(inbox.offer(() -> { }, 3)).isTrue();
        assertThat(inbox.size()).isEqualTo(3);
    }

    @Test
    void aHeldEngineDropsPeerMessagesAndRefusesWorkBeyondItsBounds() throws Exception {
        Path storageDir = dir.resolve("storage");
        storage = NodeStorage.open(storageDir, StorageOptions.defaults());
        loop = new EngineLoop("n1", List.of("n1"), RaftSettings.defaults().withTimers(false), "counter", storage,
                storageDir, StorageOptions.defaults(), new Tracer("n1"), new Triggers(), new NetworkFaults("n1", List.of("n1")));
        loop.start();
        loop.call(() -> {
            loop.raft().campaign(true);
            return null;
        });
        LocalCluster.await(Duration.ofSeconds(5), () -> loop.snapshot().engine().role() == Role.LEADER, "n1 to lead");

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try {
                loop.call(() -> {
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
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
        try {
            // Messages from a node that is no peer: taken or dropped, the engine ignores them.
            for (int i = 0; i < EngineInbox.MAX_PEER_BACKLOG + 5; i++) {
                loop.inbound().accept(new Message.PreVoteRequest("n9", "n1", 1, 0, 0, false, 0));
            }
            assertThat(loop.droppedPeerMessages()).isEqualTo(5);

            List<CompletableFuture<ClientResult>> taken = new ArrayList<>();
            for (int i = EngineInbox.MAX_PEER_BACKLOG; i < EngineInbox.MAX_BACKLOG; i++) taken.add(loop.submit("add 1"));
            CompletableFuture<ClientResult> refused = loop.submit("add 1");
            assertThatThrownBy(() -> refused.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOf(AdminException.class)
                    .hasMessage("the node is busy: 20000 items wait for its engine thread; try again later");
            assertThatThrownBy(() -> loop.call(() -> null)).isInstanceOf(AdminException.class)
                    .hasMessageStartingWith("the node is busy");
            assertThat(loop.droppedPeerMessages()).as("peers still dropped").isEqualTo(5);

            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<ClientResult> f : taken) assertThat(f.get(10, TimeUnit.SECONDS).ok()).isTrue();
            assertThat(loop.call(() -> loop.stateMachine().view().total())).isEqualTo((long) taken.size());
        } finally {
            release.countDown();
        }
    }
}
