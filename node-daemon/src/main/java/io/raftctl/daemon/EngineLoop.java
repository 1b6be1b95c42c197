package io.raftctl.daemon;

import io.raftctl.admin.AdminException;
import io.raftctl.client.ClientCommand;
import io.raftctl.client.ClientProtocol;
import io.raftctl.client.CommandSink;
import io.raftctl.raft.ClientResult;
import io.raftctl.raft.Message;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.NodeStatus;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.ReadyDriver;
import io.raftctl.raft.StateDelta.Network;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.BuiltinStateMachine;
import io.raftctl.statemachine.TriggeredStateMachine;
import io.raftctl.statemachine.Triggers;
import io.raftctl.storage.NodeStorage;
import io.raftctl.storage.StorageException;
import io.raftctl.storage.StorageOptions;
import io.raftctl.transport.NetworkFaults;
import io.raftctl.transport.PeerTransport;
import io.raftctl.util.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one thread that owns a node's engine. Everything else (peer connections, admin requests) hands it
 * work through a queue. After each batch of work it drives the engine's {@link Ready}: persist (one fsync
 * for the whole batch), then send, then answer clients. A simulated crash drops the engine and rebuilds it
 * from disk on restart.
 */
final class EngineLoop implements Runnable, CommandSink {

    private static final Log LOG = Log.get("engine");
    private static final long TICK_MS = 5;

    /** Work run on the engine thread; may refuse with an {@link AdminException}. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws AdminException;
    }

    /**
     * What {@code status} reports, published after every batch so it never waits behind a slow apply.
     *
     * @param failure why the node stopped ({@code storage failed: ...} or {@code engine failed: ...}), or null
     */
    record Snapshot(NodeStatus engine, boolean crashed, String failure) {
    }

    private final String id;
    private final List<String> members;
    private final RaftSettings settings;
    private final String stateMachineKind;
    private final Path storageDir;
    private final StorageOptions storageOptions;
    private final Tracer tracer;
    private final Triggers triggers;
    private final NetworkFaults faults;
    private final EngineInbox inbox = new EngineInbox();
    /** Clients waiting for a result, by engine request id: admin requests (futures) and client-port commands. */
    private final Map<Long, Consumer<ClientResult>> waiting = new HashMap<>();
    private final AtomicLong droppedPeerMessages = new AtomicLong();
    private final List<Runnable> afterFlush = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private final SplittableRandom random = new SplittableRandom();

    private PeerTransport transport;
    private Runnable resultsPublished = () -> { };
    private NodeStorage storage;
    private RaftNode raft;
    private BuiltinStateMachine stateMachine;
    private boolean timersOn;
    private long nextRequestId = 1;
    private io.raftctl.raft.Role lastRole;
    private Network lastNet = Network.JOINED;
    private long lastTerm = -1;
    private String lastApplyError;
    private volatile boolean running = true;
    private volatile Snapshot snapshot;
    private volatile String storageFailure;
    /** An unexpected exception on the engine thread: the engine's state may be half-updated, so it is gone. */
    private volatile String engineFailure;
    private final RecoveringMarker recoveringMarker;
    /** The recovering reason the last batch published, to log and persist the change when it is left. */
    private String lastRecovering;
    private final Thread thread;
    /** The Ready hand-off: storage, transport and waiting clients as the driver's steps. */
    private final ReadyDriver driver = new ReadyDriver(
            (hardState, persistFrom, entries) -> storage.save(hardState, persistFrom, entries),
            m -> transport.send(m),
            result -> {
                Consumer<ClientResult> waiter = waiting.remove(result.requestId());
                if (waiter != null) answer(waiter, result);
            });

    EngineLoop(String id, List<String> members, RaftSettings settings, String stateMachineKind, NodeStorage storage,
               Path storageDir, StorageOptions storageOptions, Tracer tracer, Triggers triggers, NetworkFaults faults) {
        this.id = id;
        this.members = List.copyOf(members);
        this.settings = settings;
        this.stateMachineKind = stateMachineKind;
        this.storage = storage;
        this.storageDir = storageDir;
        this.storageOptions = storageOptions;
        this.tracer = tracer;
        this.triggers = triggers;
        this.faults = faults;
        this.timersOn = settings.timersOn();
        this.recoveringMarker = new RecoveringMarker(storageDir.toAbsolutePath().getParent());
        this.thread = new Thread(this, "engine-" + id);
        startEngine();
        publish();
    }

    /** The transport to send through; set before {@link #start()}. */
    void attach(PeerTransport transport) {
        this.transport = transport;
    }

    /** Called on the engine thread after every batch whose client results were handed out (the client port's). */
    void onResultsPublished(Runnable r) {
        this.resultsPublished = r;
    }

    void start() {
        thread.start();
    }

    /**
     * Called by peer connections: hands a message to the engine thread, or drops it when the engine is that far
     * behind ({@link EngineInbox#MAX_PEER_BACKLOG}); Raft tolerates lost messages, and retries what matters.
     */
    Consumer<Message> inbound() {
        return m -> {
            boolean taken = inbox.offer(() -> {
                if (raft != null) raft.step(m);
            }, EngineInbox.MAX_PEER_BACKLOG);
            if (!taken) {
                long n = droppedPeerMessages.incrementAndGet();
                if (n == 1 || n % 10_000 == 0) {
                    LOG.warn("{} dropped a peer message: {} items wait for its engine thread ({} dropped so far)", id,
                            EngineInbox.MAX_PEER_BACKLOG, n);
                }
            }
        };
    }

    /** Peer messages dropped because the engine thread was too far behind. */
    long droppedPeerMessages() {
        return droppedPeerMessages.get();
    }

    private AdminException busy() {
        return AdminException.unavailable("the node is busy: " + EngineInbox.MAX_BACKLOG
                + " items wait for its engine thread; try again later");
    }

    /** For tests: work items waiting for the engine thread now. */
    int inboxSize() {
        return inbox.size();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    long uptimeMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    // ---------------------------------------------------------------- calls from other threads

    /**
     * Runs {@code action} on the engine thread and returns its result once everything it caused is persisted
     * and handed to the transport.
     */
    <T> T call(Action<T> action) throws AdminException {
        CompletableFuture<T> done = new CompletableFuture<>();
        boolean taken = inbox.offer(() -> {
            try {
                T value = action.run();
                afterFlush.add(() -> done.complete(value));
            } catch (AdminException e) {
                done.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                failEngine(e);
                done.completeExceptionally(crashedOrFailed());
            }
        }, EngineInbox.MAX_BACKLOG);
        if (!taken) throw busy();
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AdminException a) throw a;
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw AdminException.unavailable("the node did not act within 30s (is a slow-apply trigger armed?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AdminException.unavailable("interrupted");
        }
    }

    /** Submits a client command; the future completes with the engine's answer. */
    CompletableFuture<ClientResult> submit(String command) {
        CompletableFuture<ClientResult> result = new CompletableFuture<>();
        FutureSink sink = new FutureSink(result);
        boolean taken = inbox.offer(() -> {
            if (raft == null) {
                result.completeExceptionally(crashedOrFailed());
                return;
            }
            long request = nextRequestId++;
            waiting.put(request, sink);
            raft.submit(request, command);
        }, EngineInbox.MAX_BACKLOG);
        if (!taken) result.completeExceptionally(busy());
        return result;
    }

    /** Forgets a command whose client stopped waiting. */
    void abandon(CompletableFuture<ClientResult> result) {
        inbox.add(() -> waiting.values().removeIf(s -> s instanceof FutureSink f && f.future == result));
    }

    /** Client-port commands that arrived together: one hand-off to the engine thread for all of them. */
    @Override
    public void submitAll(List<ClientCommand> commands) {
        boolean taken = inbox.offer(() -> {
            for (ClientCommand c : commands) {
                if (raft == null) {
                    AdminException why = crashedOrFailed();
                    c.fail(ClientProtocol.Status.UNAVAILABLE, why.getMessage());
                    continue;
                }
                long request = nextRequestId++;
                waiting.put(request, c);
                raft.submit(request, c.text());
            }
        }, EngineInbox.MAX_BACKLOG);
        if (!taken) {
            String why = busy().getMessage();
            for (ClientCommand c : commands) c.fail(ClientProtocol.Status.BUSY, why);
        }
    }

    @Override
    public void abandon(Object owner) {
        inbox.add(() -> waiting.values().removeIf(s -> s instanceof ClientCommand c && c.owner() == owner));
    }

    /** An admin request's future as a result sink. */
    private record FutureSink(CompletableFuture<ClientResult> future) implements Consumer<ClientResult> {
        @Override
        public void accept(ClientResult r) {
            future.complete(r);
        }
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- engine-thread operations

    RaftNode raft() throws AdminException {
        if (raft == null) throw crashedOrFailed();
        return raft;
    }

    /** Null while crashed. */
    RaftNode raftOrNull() {
        return raft;
    }

    BuiltinStateMachine stateMachine() throws AdminException {
        if (raft == null) throw crashedOrFailed();
        return stateMachine;
    }

    NodeStorage storage() {
        return storage;
    }

    boolean timersOn() {
        return timersOn;
    }

    void setTimers(boolean on) {
        timersOn = on;
        if (raft != null) raft.setTimers(on);
    }

    /** Simulated crash: all volatile state goes, including messages held for sending. */
    void crash() {
        if (raft == null) return;
        raft = null;
        stateMachine = null;
        faults.dropHeld();
        failWaiting("node crashed; outcome unknown");
        tracer.setCrashed(true);
        tracer.event(NodeEvent.CRASH);
        LOG.warn("{} crashed (simulated): volatile state dropped", id);
    }

    /** Recovery from what is on disk, and nothing else. */
    void restart() throws AdminException {
        if (raft != null) return;
        if (engineFailure != null) throw AdminException.unavailable("the engine failed earlier (" + engineFailure + "); restart the process");
        if (storageFailure != null) throw AdminException.unavailable("storage failed earlier (" + storageFailure + "); restart the process");
        storage.close();
        try {
            storage = NodeStorage.open(storageDir, storageOptions);
        } catch (StorageException e) {
            fail("reopening storage failed: " + e.getMessage());
            throw AdminException.unavailable(e.getMessage());
        }
        tracer.setCrashed(false);
        startEngine();
        tracer.event(NodeEvent.RESTART);
        LOG.info("{} restarted from storage: term {}, log of {} entries", id, raft.term(), raft.log().lastIndex());
    }

    /** Records NETSPLIT/NETJOIN when a partition change moved this node off or onto the majority side. */
    void noteNetChange() {
        Network net = faults.cutOffFromMajority() ? Network.CUT_OFF : Network.JOINED;
        if (net == lastNet) return;
        lastNet = net;
        tracer.setNet(net);
        tracer.event(net == Network.CUT_OFF ? NodeEvent.NETSPLIT : NodeEvent.NETJOIN);
        LOG.info("{} {} the majority", id, net == Network.CUT_OFF ? "is cut off from" : "rejoined");
    }


    private void startEngine() {
        stateMachine = new TriggeredStateMachine(BuiltinStateMachine.create(stateMachineKind), triggers,
                TriggeredStateMachine.Sleeper.REAL, id);
        raft = new RaftNode(id, members, settings.withTimers(timersOn), storage.hardState(), storage.entries(),
                stateMachine, random.split(), tracer, nowMs(), recoveringReason());
        lastRecovering = raft.recovering();
        if (lastRecovering != null) {
            LOG.warn("{} is recovering ({}): it neither votes nor campaigns until it has caught up with a leader",
                    id, lastRecovering);
        }
    }

    /**
     * Why the engine must start recovering: what this start's recovery dropped, else what an earlier start's did
     * that the node has not caught up with since (kept in {@link RecoveringMarker}).
     */
    private String recoveringReason() {
        String reason = storage.recoveryReport().catchUpReason();
        try {
            if (reason != null) {
                recoveringMarker.save(reason);
            } else {
                reason = recoveringMarker.read();
            }
        } catch (IOException e) {
            LOG.error("{} cannot {} {} ({}); a restart before it catches up may let it vote too early", id,
                    reason != null ? "write" : "read", recoveringMarker.path(), e.toString());
        }
        return reason;
    }

    /** The engine left recovering mode: forget the marker, so that a later start votes at once. */
    private void noteRecovery(NodeStatus status) {
        if (status == null || lastRecovering == null || status.recovering() != null) return;
        lastRecovering = null;
        LOG.info("{} caught up with leader {} (commit {}) and votes and campaigns again", id, status.leader(),
                status.commitIndex());
        try {
            recoveringMarker.remove();
        } catch (IOException e) {
            LOG.error("{} cannot remove {} ({}); it will start recovering again", id, recoveringMarker.path(), e.toString());
        }
    }

    private long nowMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private AdminException crashedOrFailed() {
        if (engineFailure != null) {
            return AdminException.unavailable("the engine failed (" + engineFailure + "); the node stopped; restart the process");
        }
        return storageFailure != null
                ? AdminException.unavailable("storage failed (" + storageFailure + "); the node stopped accepting writes")
                : AdminException.crashed();
    }

    // ---------------------------------------------------------------- the loop

    @Override
    public void run() {
        ArrayList<Runnable> spare = new ArrayList<>();
        while (running) {
            try {
                ArrayList<Runnable> batch = inbox.take(spare, TICK_MS);
                for (Runnable r : batch) runSafely(r);
                batch.clear();
                spare = batch;
                if (raft != null) raft.tick(nowMs());
                flush();
                NodeStatus status = publish();
                logRoleChange(status);
                noteRecovery(status);
                runAfterFlush();
            } catch (InterruptedException e) {
                if (!running) break;
            } catch (RuntimeException | Error e) {
                // In a tick, in driving the Ready or in storage: the engine's state may be half-updated.
                failEngine(e);
                publish();
                runAfterFlush();
            }
        }
        failWaiting("the node is shutting down; outcome unknown");
        publish();
        runAfterFlush();
    }

    /** What waited for the batch to be persisted, sent and published: action acks and client answers. */
    private void runAfterFlush() {
        for (Runnable r : afterFlush) r.run();
        afterFlush.clear();
        resultsPublished.run();
    }

    private void runSafely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            failEngine(e);
        }
    }

    /**
     * An unexpected exception on the engine thread (a broken invariant, a bug, a storage call that threw): the
     * engine may be half-way through an update, so it must not go on. Like a storage failure, the node drops the
     * engine, answers waiting clients "outcome unknown" and refuses further work, while status says why; only a
     * restart of the process, which recovers from disk, brings it back.
     */
    private void failEngine(Throwable e) {
        if (engineFailure != null) {
            LOG.error("{} engine thread: a further {} after the engine failed", id, e.toString());
            return;
        }
        StackTraceElement[] at = e.getStackTrace();
        engineFailure = e + (at.length > 0 ? " at " + at[0] : "");
        LOG.errorWithStack(e, "{} engine failed, the node stops (restart the process to recover from disk): {}", id,
                engineFailure);
        System.err.println("raftd: error: " + id + " stopped: the engine failed (" + engineFailure + ")");
        raft = null;
        stateMachine = null;
        faults.dropHeld();
        failWaiting("the engine failed; outcome unknown");
        tracer.setCrashed(true);
        tracer.event(NodeEvent.CRASH);
    }

    /** For status: why the node stopped, or null. */
    private String failure() {
        if (engineFailure != null) return "engine failed: " + engineFailure;
        return storageFailure != null ? "storage failed: " + storageFailure : null;
    }

    /**
     * Persist, then send, then answer ({@link ReadyDriver}, the simulator's driver too): a vote or an
     * acknowledgement never leaves before it is durable. A leader's AppendEntries go first so that its own fsync
     * overlaps the followers'.
     */
    private void flush() {
        if (raft == null) return;
        Exception failed = driver.drive(raft);
        if (failed != null) fail(failed.getMessage());
    }

    /** A failed write or fsync: stop rather than acknowledge anything that may not be durable. */
    private void fail(String reason) {
        storageFailure = reason;
        LOG.error("{} storage failed, the node stops accepting writes: {}", id, reason);
        raft = null;
        stateMachine = null;
        faults.dropHeld();
        failWaiting("storage failed; outcome unknown");
        tracer.setCrashed(true);
        tracer.event(NodeEvent.CRASH);
    }

    private void failWaiting(String why) {
        for (Consumer<ClientResult> waiter : waiting.values()) {
            answer(waiter, new ClientResult(0, ClientResult.Status.OUTCOME_UNKNOWN, 0, null, why, null));
        }
        waiting.clear();
    }

    /**
     * Answers a client once the batch's status snapshot is published, so that whoever reads {@code status}
     * after an answer sees the state that produced it.
     */
    private void answer(Consumer<ClientResult> waiter, ClientResult result) {
        afterFlush.add(() -> waiter.accept(result));
    }

    private NodeStatus publish() {
        NodeStatus status = raft == null ? null : raft.status();
        snapshot = new Snapshot(status, raft == null, failure());
        return status;
    }

    private void logRoleChange(NodeStatus status) {
        if (status == null) return;
        if (status.role() != lastRole || status.term() != lastTerm) {
            lastRole = status.role();
            lastTerm = status.term();
            String leader = status.leader() == null ? "unknown" : status.leader();
            LOG.info("{} is {} in term {} (leader {}, last index {}, commit {})", id, status.role(), status.term(), leader,
                    status.lastIndex(), status.commitIndex());
        }
        String applyError = status.applyError();
        if (applyError != null && !applyError.equals(lastApplyError)) {
            LOG.error("{} failed to apply {}; it stays committed and is retried", id, applyError);
        } else if (applyError == null && lastApplyError != null) {
            LOG.info("{} applied the entry it was stuck on (applied index {})", id, raft.appliedIndex());
        }
        lastApplyError = applyError;
    }
}
