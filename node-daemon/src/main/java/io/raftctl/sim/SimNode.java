package io.raftctl.sim;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.BuiltinStateMachine;
import io.raftctl.statemachine.TriggerControl;
import io.raftctl.statemachine.Triggers;

import io.raftctl.storage.FileSystem;
import io.raftctl.storage.NodeStorage;

import java.nio.file.Path;
import java.util.List;

/**
 * One node of a {@link SimCluster}: an engine (absent while crashed or stopped), the real {@link NodeStorage} over
 * a {@link SimDisk} of its own, and what outlives a simulated crash but not a stop of its process (trace, triggers,
 * timer setting).
 */
public final class SimNode {

    final String id;
    // A new process (SimCluster#start) gets a trace and triggers of its own; a simulated crash keeps them.
    Tracer tracer;
    Triggers triggers = new Triggers();
    TriggerControl triggerControl;
    final Path dir;
    SimDisk disk;
    /** Open while the process runs (and after a storage failure, until the next start). */
    NodeStorage storage;
    /** Why the node can never start again (its storage refused to open), or null. */
    String downForever;
    /** The write or fsync failure that stopped the node, or null. */
    String storageFailure;
    /**
     * Why a node that is down was still recovering when it went down (it had not caught up yet), or null: as the
     * daemon keeps its reason beside its data, the next start is recovering too.
     */
    String recoveringWhenDown;
    private long viewVersion = Long.MIN_VALUE;
    private HardState viewHardState;
    private List<Entry> viewLog;
    RaftNode raft;
    /** The Ready hand-off, made on first use. */
    io.raftctl.raft.ReadyDriver driver;
    BuiltinStateMachine stateMachine;
    boolean timersOn;
    int incarnation;

    SimNode(String id, Tracer tracer, boolean timersOn, SimDisk disk) {
        this.id = id;
        this.dir = Path.of("/" + id);
        this.disk = disk;
        this.tracer = tracer;
        this.triggerControl = new TriggerControl(triggers, tracer);
        this.timersOn = timersOn;
    }

    /** What a new process of this node starts with: a new trace, no triggers, timers as launched. */
    void newProcess(Tracer newTracer, boolean timers) {
        tracer = newTracer;
        triggers = new Triggers();
        triggerControl = new TriggerControl(triggers, newTracer);
        timersOn = timers;
    }

    public String id() {
        return id;
    }

    public boolean crashed() {
        return raft == null;
    }

    /** The running engine; throws if the node is crashed. */
    public RaftNode raft() {
        if (raft == null) throw new IllegalStateException("node " + id + " is crashed");
        return raft;
    }

    /** Whether its timers are on (the setting a simulated crash keeps). */
    public boolean timersOn() {
        return timersOn;
    }

    public BuiltinStateMachine stateMachine() {
        return stateMachine;
    }

    /** The armed triggers themselves; changes made here leave no trace row (see {@link SimCluster#setTrigger}). */
    public Triggers triggers() {
        return triggers;
    }

    public Tracer tracer() {
        return tracer;
    }

    /** The term and vote a power loss would leave on its disk (nothing pending kept). */
    public HardState durableHardState() {
        refreshView();
        return viewHardState;
    }

    /** The log a power loss would leave on its disk, up to its first damage (nothing pending kept). */
    public List<Entry> durableLog() {
        refreshView();
        return viewLog;
    }

    private void refreshView() {
        long version = disk.durableVersion();
        if (version == viewVersion && viewLog != null) return;
        FileSystem durable = disk.durableView();
        viewHardState = NodeStorage.peekHardState(durable, dir);
        viewLog = List.copyOf(NodeStorage.peekLog(durable, dir));
        viewVersion = version;
    }

    public SimDisk disk() {
        return disk;
    }

    /** Why the node can never start again (its storage refused to open, or dropped entries it may have acknowledged). */
    /** Why the node neither votes nor campaigns until it caught up with a leader (running or not), or null. */
    public String recovering() {
        return raft != null ? raft.recovering() : recoveringWhenDown;
    }

    /** Drops the engine, remembering whether it was still recovering. */
    void dropEngine() {
        if (raft != null) recoveringWhenDown = raft.recovering();
        raft = null;
        stateMachine = null;
    }

    public String downForever() {
        return downForever;
    }

    /** The storage failure that stopped the node (it restarts), or null. */
    public String storageFailure() {
        return storageFailure;
    }

    /** The counter total, for counter clusters. */
    public long total() {
        return stateMachine.view().total();
    }

    /** Bumped at every restart, so observers can tell incarnations apart. */
    public int incarnation() {
        return incarnation;
    }
}
