package io.raftctl.sim;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.BuiltinStateMachine;
import io.raftctl.statemachine.TriggerControl;
import io.raftctl.statemachine.Triggers;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a {@link SimCluster}: an engine (absent while crashed or stopped), its durable store kept in
 * memory, and what outlives a simulated crash but not a stop of its process (trace, triggers, timer setting).
 */
public final class SimNode {

    final String id;
    // A new process (SimCluster#start) gets a trace and triggers of its own; a simulated crash keeps them.
    Tracer tracer;
    Triggers triggers = new Triggers();
    TriggerControl triggerControl;
    HardState hardState = HardState.INITIAL;
    final List<Entry> durableLog = new ArrayList<>();
    RaftNode raft;
    /** The Ready hand-off, made on first use. */
    io.raftctl.raft.ReadyDriver driver;
    BuiltinStateMachine stateMachine;
    boolean timersOn;
    int incarnation;

    SimNode(String id, Tracer tracer, boolean timersOn) {
        this.id = id;
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

    public HardState durableHardState() {
        return hardState;
    }

    public List<Entry> durableLog() {
        return List.copyOf(durableLog);
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
