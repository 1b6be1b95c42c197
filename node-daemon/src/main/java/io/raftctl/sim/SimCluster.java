package io.raftctl.sim;

import io.raftctl.raft.ApplyResult;
import io.raftctl.raft.ClientResult;
import io.raftctl.raft.HardState;
import io.raftctl.raft.MajorityConfig;
import io.raftctl.raft.Message;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.ReadyDriver;
import io.raftctl.raft.Entry;
import io.raftctl.raft.Role;
import io.raftctl.raft.StateDelta.Network;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvents;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.BuiltinStateMachine;
import io.raftctl.statemachine.StateView;
import io.raftctl.statemachine.Trigger;
import io.raftctl.statemachine.TriggeredStateMachine;

import io.raftctl.storage.NodeStorage;
import io.raftctl.storage.StorageException;
import io.raftctl.storage.StorageOptions;
import io.raftctl.util.Log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic in-memory Raft cluster: N engines driven by the daemon's {@link ReadyDriver}, each over the real
 * {@link NodeStorage} on a simulated disk ({@link SimDisk}: seeded losses at a power loss, failed fsyncs, bit flips,
 * full disks), a network with one queue of messages in flight (in send order), holds, partitions, crashes with
 * recovery through the storage's own recovery, and a manual clock. Nothing happens unless a method is called, so a
 * run is a pure function of its calls and the seed.
 */
public final class SimCluster {

    /** Notified of what the cluster does, e.g. by a {@link SafetyChecker}. */
    public interface Observer {
        default void applied(String node, long index, String command) {
        }

        default void result(String node, ClientResult result, String command) {
        }

        /** A node put {@code m} on the wire. */
        default void sent(Message m) {
        }

        /** The node's durable log lost its entries from {@code fromIndex} on (a conflict, or a wiped disk). */
        default void durableLogCut(String node, long fromIndex) {
        }
    }

    /** Simulated time passes in ticks of this many milliseconds, as a daemon's engine loop ticks. */
    public static final long TICK_MS = 5;

    /** A message on the wire, numbered in send order. */
    public record InFlight(long seq, Message message) {
    }

    private final List<String> ids;
    private final MajorityConfig majority;
    private final RaftSettings settings;
    private final String stateMachineKind;
    private final long seed;
    private final Map<String, SimNode> nodes = new LinkedHashMap<>();
    private final List<InFlight> inFlight = new ArrayList<>();
    private final Set<String> holding = new HashSet<>();
    private final Set<String> isolated = new HashSet<>();
    private final Map<String, Integer> splitGroup = new HashMap<>();
    private final Map<String, Network> nets = new HashMap<>();
    private final Map<Long, ClientResult> results = new HashMap<>();
    private final Map<Long, String> commandsByRequest = new HashMap<>();
    private final List<Observer> observers = new ArrayList<>();
    private long now;
    private long nextSeq;
    private long nextRequestId = 1;
    private final ReadyDriver.Order driverOrder;
    private final Flaw flaw;
    private int disksMade;

    public SimCluster(int size, RaftSettings settings, long seed) {
        this(defaultIds(size), settings, "counter", seed);
    }

    public SimCluster(List<String> ids, RaftSettings settings, String stateMachineKind, long seed) {
        this(ids, settings, stateMachineKind, seed, Flaw.NONE);
    }

    /** @param flaw {@link Flaw#NONE} but in self-tests that prove the simulator catches a broken driver or storage */
    public SimCluster(List<String> ids, RaftSettings settings, String stateMachineKind, long seed, Flaw flaw) {
        if (ids.isEmpty()) throw new IllegalArgumentException("a cluster needs at least one node");
        this.ids = List.copyOf(ids);
        this.majority = new MajorityConfig(this.ids);
        this.settings = settings;
        this.stateMachineKind = stateMachineKind;
        this.seed = seed;
        this.flaw = flaw;
        this.driverOrder = flaw == Flaw.SEND_BEFORE_PERSIST ? ReadyDriver.Order.SEND_BEFORE_PERSIST : ReadyDriver.Order.RAFT;
        for (String id : this.ids) {
            SimNode n = new SimNode(id, new Tracer(id), settings.timersOn(), newDisk(id));
            nodes.put(id, n);
            start(n);
        }
    }

    /** Small segments, so that the simulator rolls them too and re-reads little of a log after each save. */
    static final long SEGMENT_BYTES = 16 << 10;

    private SimDisk newDisk(String id) {
        return new SimDisk(seed * 1_000_033L + ids.indexOf(id) * 7_919L + (disksMade++) * 104_729L);
    }

    public Flaw flaw() {
        return flaw;
    }

    public static List<String> defaultIds(int size) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= size; i++) ids.add("n" + i);
        return ids;
    }

    public void addObserver(Observer o) {
        observers.add(o);
    }

    // ---------------------------------------------------------------- nodes

    public List<String> ids() {
        return ids;
    }

    public SimNode node(String id) {
        SimNode n = nodes.get(id);
        if (n == null) throw new IllegalArgumentException("unknown node '" + id + "'");
        return n;
    }

    public List<SimNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public RaftSettings settings() {
        return settings;
    }

    public long now() {
        return now;
    }

    /** The live leader with the highest term, if any. */
    public Optional<SimNode> leader() {
        SimNode best = null;
        for (SimNode n : nodes.values()) {
            if (n.crashed() || n.raft.role() != Role.LEADER) continue;
            if (best == null || n.raft.term() > best.raft.term()) best = n;
        }
        return Optional.ofNullable(best);
    }

    public StateView state(String id) {
        return node(id).stateMachine.view();
    }

    // ---------------------------------------------------------------- operator actions

    public void elect(String id) {
        elect(id, true);
    }

    public void elect(String id, boolean force) {
        SimNode n = node(id);
        n.raft().campaign(force);
        flush(n);
    }

    /** Returns false if the node is not the leader. */
    public boolean heartbeat(String id) {
        SimNode n = node(id);
        boolean sent = n.raft().heartbeat();
        flush(n);
        return sent;
    }

    /** Submits a command at {@code id}; the answer appears under the returned id in {@link #result}. */
    public long submit(String id, String command) {
        SimNode n = node(id);
        long requestId = nextRequestId++;
        commandsByRequest.put(requestId, command);
        n.raft().submit(requestId, command);
        flush(n);
        return requestId;
    }

    /** Submits several commands in one batch, as a daemon does with commands that arrive together. */
    public List<Long> submitBatch(String id, List<String> commands) {
        SimNode n = node(id);
        List<Long> requests = new ArrayList<>();
        for (String command : commands) {
            long requestId = nextRequestId++;
            commandsByRequest.put(requestId, command);
            n.raft().submit(requestId, command);
            requests.add(requestId);
        }
        flush(n);
        return requests;
    }

    public Optional<ClientResult> result(long requestId) {
        return Optional.ofNullable(results.get(requestId));
    }

    public void setTimers(String id, boolean on) {
        SimNode n = node(id);
        n.timersOn = on;
        if (!n.crashed()) {
            n.raft.setTimers(on);
            flush(n);
        }
    }

    /** Arms a trigger at {@code id} as an operator does: the node's trace records {@code TRIGGER SET}. */
    public void setTrigger(String id, Trigger trigger, String value) {
        node(id).triggerControl.arm(trigger, value);
    }

    /** Disarms a trigger at {@code id}, or every trigger when {@code trigger} is null; traced as {@code TRIGGER CLEAR}. */
    public void clearTrigger(String id, Trigger trigger) {
        SimNode n = node(id);
        if (trigger == null) n.triggerControl.clearAll();
        else n.triggerControl.clear(trigger);
    }

    /** Starts a titled trace section at every node. */
    public void section(String title) {
        long clock = 0;
        for (SimNode n : nodes.values()) clock = Math.max(clock, n.tracer.clock());
        for (SimNode n : nodes.values()) n.tracer.section(title, clock);
    }

    /** Every node's trace events in the default view, the seed's; node id to events, in cluster order. */
    public Map<String, List<TraceEvent>> traceRows() {
        return traceRows(TraceEvents.DEFAULT);
    }

    public Map<String, List<TraceEvent>> traceRows(TraceEvents events) {
        Map<String, List<TraceEvent>> rows = new LinkedHashMap<>();
        for (SimNode n : nodes.values()) rows.put(n.id, n.tracer.events(events));
        return rows;
    }

    // ---------------------------------------------------------------- time

    /** Moves the clock and lets every live node run its timers. */
    public void advanceTime(long ms) {
        now += ms;
        for (SimNode n : nodes.values()) {
            if (n.crashed()) continue;
            n.raft.tick(now);
            flush(n);
        }
    }

    /**
     * Lets {@code ms} of simulated time pass in ticks of {@link #TICK_MS} (the last one shorter), calling
     * {@code afterEachTick} after each: a script's {@code tick}, {@code sleep} and {@code wait} all pass time so.
     */
    public void advanceInTicks(long ms, Runnable afterEachTick) {
        for (long left = ms; left > 0; left -= TICK_MS) {
            advanceTime(Math.min(TICK_MS, left));
            afterEachTick.run();
        }
    }

    // ---------------------------------------------------------------- crashes

    /**
     * The node's machine loses power: all volatile state goes, and its disk keeps what was durable plus a seeded
     * part of what was not ({@link SimDisk#powerLoss()}). Messages it already sent stay on the wire, as on real
     * sockets, and may arrive after it restarts.
     */
    public void crash(String id) {
        SimNode n = node(id);
        if (n.crashed()) return;
        powerLoss(n);
    }

    private void powerLoss(SimNode n) {
        n.dropEngine();
        closeStorage(n);
        n.disk.powerLoss();
        n.tracer.setCrashed(true);
        n.tracer.event(NodeEvent.CRASH);
    }

    /**
     * Recovers a crashed node (or one whose storage failed) from its disk only, through the storage's own
     * recovery. A node whose storage refuses to open stays down for good ({@link SimNode#downForever()}).
     */
    public void restart(String id) {
        SimNode n = node(id);
        if (!n.crashed() || n.downForever != null) return;
        n.incarnation++;
        start(n);
        if (n.crashed()) return;
        n.tracer.setCrashed(false);
        n.tracer.event(NodeEvent.RESTART);
    }

    /**
     * Injects a disk fault at {@code id} ({@link SimDisk#inject}); false if there was nothing to damage. Damage to
     * durable data is noticed when the node next starts.
     */
    public boolean injectDiskFault(String id, SimDisk.Fault fault) {
        SimNode n = node(id);
        return n.disk.inject(fault);
    }

    private void closeStorage(SimNode n) {
        if (n.storage == null) return;
        try (Log.Quiet q = Log.quiet()) {
            n.storage.close();
        }
        n.storage = null;
    }

    /**
     * Stops the node's process, as {@code raftctl down} does to a daemon: the engine and everything volatile
     * go, messages it had queued too, and nothing is traced (the process and its trace are gone). What it
     * made durable stays.
     */
    public void stop(String id) {
        SimNode n = node(id);
        n.dropEngine();
        closeStorage(n); // a process that exits leaves the page cache to the kernel: nothing is lost
        inFlight.removeIf(f -> f.message().from().equals(id));
        holding.remove(id);
    }

    /**
     * Starts a new process for a stopped (or crashed) node from its durable store: a trace of its own, no
     * triggers armed, not holding, timers as {@code timersOn} says (its launch setting). Like a daemon that
     * starts under partition rules, its trace begins on the side of the partition it is on.
     */
    public void start(String id, boolean timersOn) {
        SimNode n = node(id);
        if (!n.crashed()) return;
        n.incarnation++;
        n.newProcess(new Tracer(id), timersOn);
        start(n);
        if (n.crashed()) n.tracer.setCrashed(true);
        if (nets.getOrDefault(id, Network.JOINED) == Network.CUT_OFF) {
            n.tracer.setNet(Network.CUT_OFF);
            n.tracer.event(NodeEvent.NETSPLIT);
        }
    }

    /** Forgets what a stopped node made durable, as wiping its data directory does ({@code up --fresh NODE}). */
    public void wipe(String id) {
        SimNode n = node(id);
        if (!n.crashed()) throw new IllegalStateException("node " + id + " runs: stop it before wiping it");
        closeStorage(n);
        n.disk = newDisk(id);
        n.downForever = null;
        n.recoveringWhenDown = null;
        n.storageFailure = null;
        for (Observer o : observers) o.durableLogCut(id, 1);
    }

    private void start(SimNode n) {
        if (n.downForever != null) return;
        closeStorage(n);
        n.storageFailure = null;
        try (Log.Quiet q = Log.quiet()) {
            n.storage = openStorage(n);
        } catch (StorageException e) {
            n.downForever = e.getMessage();
            return;
        }
        n.disk.clearLatentDamage();
        for (Observer o : observers) o.durableLogCut(n.id, 1);
        // It may have acknowledged what recovery dropped: it neither votes nor campaigns until it caught up.
        String catchUp = n.storage.recoveryReport().catchUpReason();
        String recovering = catchUp != null ? catchUp : n.recoveringWhenDown;
        BuiltinStateMachine inner = BuiltinStateMachine.create(stateMachineKind);
        BuiltinStateMachine sm = new TriggeredStateMachine(new Recording(n.id, inner), n.triggers, d -> { }, n.id);
        n.stateMachine = sm;
        SplittableRandom random = new SplittableRandom(seed * 31 + ids.indexOf(n.id) * 1_000_003L + n.incarnation);
        n.raft = new RaftNode(n.id, ids, settings.withTimers(n.timersOn), n.storage.hardState(), n.storage.entries(),
                sm, random, n.tracer, now, recovering);
        n.recoveringWhenDown = null;
    }

    private NodeStorage openStorage(SimNode n) throws StorageException {
        StorageOptions options = StorageOptions.defaults().withSegmentBytes(SEGMENT_BYTES)
                .withFsync(flaw != Flaw.SAVE_WITHOUT_FSYNC);
        return flaw == Flaw.TRUST_UNSYNCED_TAIL
                ? NodeStorage.openTrustingUnsyncedTail(n.disk, n.dir, options)
                : NodeStorage.open(n.disk, n.dir, options);
    }

    /** Reports applies of the real state machine (after triggers let them through) to observers. */
    private final class Recording implements BuiltinStateMachine {
        private final String node;
        private final BuiltinStateMachine inner;

        Recording(String node, BuiltinStateMachine inner) {
            this.node = node;
            this.inner = inner;
        }

        public String kind() {
            return inner.kind();
        }

        public StateView view() {
            return inner.view();
        }

        public String validate(String command) {
            return inner.validate(command);
        }

        public ApplyResult apply(long index, String command) {
            ApplyResult r = inner.apply(index, command);
            if (r.applied()) for (Observer o : observers) o.applied(node, index, command);
            return r;
        }
    }

    // ---------------------------------------------------------------- network faults

    public void isolate(String id) {
        node(id);
        isolated.add(id);
        updateNet();
    }

    public void reconnect(String id) {
        node(id);
        isolated.remove(id);
        updateNet();
    }

    /** Partitions the cluster into groups; nodes not named are each alone. */
    public void split(List<List<String>> groups) {
        splitGroup.clear();
        for (int g = 0; g < groups.size(); g++) {
            for (String id : groups.get(g)) {
                node(id);
                splitGroup.put(id, g);
            }
        }
        updateNet();
    }

    public void heal() {
        isolated.clear();
        splitGroup.clear();
        updateNet();
    }

    /** Isolated nodes, in cluster order. */
    public List<String> isolated() {
        return ids.stream().filter(isolated::contains).toList();
    }

    /** The groups of the split in force, in the order given (empty: no split). */
    public List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        for (String id : ids) {
            Integer g = splitGroup.get(id);
            if (g == null) continue;
            while (groups.size() <= g) groups.add(new ArrayList<>());
            groups.get(g).add(id);
        }
        groups.removeIf(List::isEmpty);
        return groups.stream().map(List::copyOf).toList();
    }

    /** Whether the partition rules cut {@code id} off from a majority of the cluster. */
    public boolean cutOff(String id) {
        node(id);
        return nets.getOrDefault(id, Network.JOINED) == Network.CUT_OFF;
    }

    public boolean canReach(String from, String to) {
        if (isolated.contains(from) || isolated.contains(to)) return false;
        if (splitGroup.isEmpty()) return true;
        Integer a = splitGroup.get(from);
        Integer b = splitGroup.get(to);
        return a != null && a.equals(b);
    }

    private void updateNet() {
        for (SimNode n : nodes.values()) {
            boolean joined = majority.isActive(other -> other.equals(n.id) || canReach(n.id, other));
            Network net = joined ? Network.JOINED : Network.CUT_OFF;
            Network before = nets.put(n.id, net);
            if (net != (before == null ? Network.JOINED : before)) {
                n.tracer.setNet(net);
                n.tracer.event(joined ? NodeEvent.NETJOIN : NodeEvent.NETSPLIT);
            }
        }
    }

    // ---------------------------------------------------------------- delivery

    /** Messages on the wire, oldest first. */
    public List<InFlight> inFlight() {
        return List.copyOf(inFlight);
    }

    /** How many messages are on the wire. */
    public int inFlightCount() {
        return inFlight.size();
    }

    /** The {@code i}-th message on the wire, oldest first. */
    public InFlight inFlightAt(int i) {
        return inFlight.get(i);
    }

    public void hold(String id) {
        holding.add(node(id).id);
    }

    public boolean holding(String id) {
        return holding.contains(node(id).id);
    }

    /** Stops holding {@code id}'s messages; they go out with the next {@link #deliverAll}. */
    public void release(String id) {
        holding.remove(node(id).id);
    }

    /** Messages queued by {@code id}, oldest first. */
    public List<Message> pending(String id) {
        return inFlight.stream().map(InFlight::message).filter(m -> m.from().equals(id)).toList();
    }

    /** Delivers the oldest message sent by {@code from} (held or not); false if there is none. */
    public boolean deliverOldestFrom(String from) {
        for (int i = 0; i < inFlight.size(); i++) {
            if (inFlight.get(i).message().from().equals(from)) {
                deliverAt(i);
                return true;
            }
        }
        return false;
    }

    /** Delivers messages in send order, skipping held senders, until the network is quiet. */
    public int deliverAll() {
        // Manual delivery (every node held) is the explorer's usual state: nothing to scan for.
        if (holding.size() == ids.size()) return 0;
        int delivered = 0;
        for (int next = nextDeliverable(); next >= 0; next = nextDeliverable()) {
            deliverAt(next);
            if (++delivered > 1_000_000) throw new IllegalStateException("the network never went quiet");
        }
        return delivered;
    }

    private int nextDeliverable() {
        for (int i = 0; i < inFlight.size(); i++) {
            if (!holding.contains(inFlight.get(i).message().from())) return i;
        }
        return -1;
    }

    /**
     * Delivers messages in send order (skipping held senders) until {@code condition} holds.
     *
     * @return false if the network went quiet first
     */
    public boolean deliverUntil(java.util.function.BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            int next = nextDeliverable();
            if (next < 0) return false;
            deliverAt(next);
        }
        return true;
    }

    /** Delivers the oldest message in flight that matches {@code which}; false if none does. */
    public boolean deliverFirst(java.util.function.Predicate<Message> which) {
        for (int i = 0; i < inFlight.size(); i++) {
            if (which.test(inFlight.get(i).message())) {
                deliverAt(i);
                return true;
            }
        }
        return false;
    }

    /** Delivers the {@code i}-th message in flight (dropped if a partition or a crash is in the way). */
    public void deliverAt(int i) {
        Message m = inFlight.remove(i).message();
        SimNode to = nodes.get(m.to());
        if (to == null || to.crashed() || !canReach(m.from(), m.to())) return;
        to.raft.step(m);
        flush(to);
    }

    /** Delivers the message numbered {@code seq} (see {@link InFlight#seq}); false if it is not in flight. */
    public boolean deliverSeq(long seq) {
        int i = indexOf(seq);
        if (i < 0) return false;
        deliverAt(i);
        return true;
    }

    /** Drops the message numbered {@code seq}: it is never received. False if it is not in flight. */
    public boolean dropSeq(long seq) {
        int i = indexOf(seq);
        if (i < 0) return false;
        dropAt(i);
        return true;
    }

    private int indexOf(long seq) {
        for (int i = 0; i < inFlight.size(); i++) if (inFlight.get(i).seq() == seq) return i;
        return -1;
    }

    /**
     * Delivers every message in flight, held senders' too, oldest first, and whatever they cause, until
     * nothing is in flight (etcd-io/raft's {@code stabilize}). Holding stays on for messages sent later.
     */
    public int stabilize() {
        int delivered = 0;
        while (!inFlight.isEmpty()) {
            deliverAt(0);
            if (++delivered > 1_000_000) throw new IllegalStateException("the network never went quiet");
        }
        return delivered;
    }

    public void dropAt(int i) {
        inFlight.remove(i);
    }

    public void duplicateAt(int i) {
        inFlight.add(new InFlight(nextSeq++, inFlight.get(i).message()));
    }

    /** Puts a copy of the message numbered {@code seq} on the wire, after everything in flight. False if it is not in flight. */
    public boolean duplicateSeq(long seq) {
        int i = indexOf(seq);
        if (i < 0) return false;
        duplicateAt(i);
        return true;
    }

    /**
     * The oldest message in flight from {@code from} to {@code to}, of {@code kind} ({@link MessageKinds}) unless it
     * is null: what the script lines {@code deliver}, {@code drop} and {@code duplicate} act on.
     */
    public Optional<InFlight> oldest(String from, String to, String kind) {
        for (InFlight f : inFlight) {
            Message m = f.message();
            if (m.from().equals(from) && m.to().equals(to) && (kind == null || MessageKinds.of(m).equals(kind))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- the driver

    /** Does what a daemon does with a Ready, through the daemon's own driver: persist, send, hand out results, advance. */
    private void flush(SimNode n) {
        if (n.raft == null) return;
        if (n.driver == null) n.driver = newDriver(n);
        Exception failed;
        try (Log.Quiet q = Log.quiet()) {
            failed = n.driver.drive(n.raft);
        }
        if (failed == null) return;
        if (causedByPowerLoss(failed)) {
            powerLoss(n);
            return;
        }
        // As in the daemon: a failed write or fsync stops the node from accepting writes; a restart recovers.
        n.storageFailure = failed.getMessage();
        n.dropEngine();
        n.tracer.setCrashed(true);
        n.tracer.event(NodeEvent.CRASH);
    }

    private static boolean causedByPowerLoss(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof SimDisk.PowerLoss) return true;
        return false;
    }

    private ReadyDriver newDriver(SimNode n) {
        return new ReadyDriver((hardState, persistFrom, entries) -> persist(n, hardState, persistFrom, entries),
                m -> {
                    inFlight.add(new InFlight(nextSeq++, m));
                    for (Observer o : observers) o.sent(m);
                },
                cr -> {
                    results.put(cr.requestId(), cr);
                    String command = commandsByRequest.get(cr.requestId());
                    for (Observer o : observers) o.result(n.id, cr, command);
                }, driverOrder);
    }

    private void persist(SimNode n, HardState hardState, long persistFrom, List<Entry> entries) throws StorageException {
        long before = n.storage.lastIndex();
        n.storage.save(hardState, persistFrom, entries);
        if (persistFrom <= before) {
            for (Observer o : observers) o.durableLogCut(n.id, persistFrom);
        }
    }
}
