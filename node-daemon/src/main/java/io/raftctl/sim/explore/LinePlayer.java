package io.raftctl.sim.explore;

import io.raftctl.raft.NodeStatus;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.Role;
import io.raftctl.sim.Flaw;
import io.raftctl.sim.Invariant;
import io.raftctl.sim.SafetyChecker;
import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimNode;
import io.raftctl.sim.Violation;

import java.util.List;

/**
 * Plays {@link Action}s on a {@link SimCluster} exactly as {@code raftctl run --sim} runs their lines, without
 * parsing or printing anything: the same calls in the same order (a line that addresses every node acts on them one
 * at a time, in cluster order), the network settled and the {@link SafetyChecker} run at the same points, and the
 * same refusals. {@code ExploredScriptsReplayTest} (cli) proves that the rendered script, replayed, ends in the same
 * state. Messages of held nodes stay in flight; the others are delivered after every action (a zero-latency network).
 */
public final class LinePlayer {

    /** How a line went. */
    public enum Result {
        RAN,
        /** run --sim would fail the line for another reason than a violation (no such message in flight, ...). */
        REFUSED,
        /** A safety property broke, or the engine threw. */
        VIOLATED
    }

    private final long seed;
    private final RaftSettings.CommitRule commitRule;
    private final Flaw flaw;
    private SimCluster cluster;
    private SafetyChecker checker;
    private Violation violation;
    private String refusal;

    /** @param seed the simulated cluster's seed: {@code run --sim --seed S} */
    public LinePlayer(long seed, RaftSettings.CommitRule commitRule) {
        this(seed, commitRule, Flaw.NONE);
    }

    /** @param flaw {@link Flaw#NONE} but in self-tests of the simulator */
    public LinePlayer(long seed, RaftSettings.CommitRule commitRule, Flaw flaw) {
        this.seed = seed;
        this.commitRule = commitRule;
        this.flaw = flaw;
    }

    public Flaw flaw() {
        return flaw;
    }

    public SimCluster cluster() {
        return cluster;
    }

    public SafetyChecker checker() {
        return checker;
    }

    /** The violation that stopped the run, or null. */
    public Violation violation() {
        return violation;
    }

    /** Why the last line was refused, or null. */
    public String refusal() {
        return refusal;
    }

    public Result play(Action action) {
        if (violation != null) throw new IllegalStateException("the run already stopped at a violation: " + violation);
        refusal = null;
        boolean ran;
        try {
            ran = run(action);
        } catch (StoppedByViolation e) {
            ran = false;
        } catch (RuntimeException e) {
            violation = new Violation(Invariant.ENGINE_EXCEPTION, e.toString());
        }
        if (violation != null) return Result.VIOLATED;
        return refusal == null ? Result.RAN : Result.REFUSED;
    }

    private boolean run(Action action) {
        if (action instanceof Action.Up up) {
            cluster = new SimCluster(up.setup().ids(), up.setup().settings(commitRule), "counter", seed, flaw);
            checker = new SafetyChecker().attach(cluster);
            return settle();
        } else if (action instanceof Action.HoldAll h) {
            return eachNode(cluster::hold);
        } else if (action instanceof Action.Deliver d) {
            var m = inFlight(d.from(), d.to(), d.messageKind());
            return m != null && cluster.deliverSeq(m.seq()) && settle();
        } else if (action instanceof Action.Drop d) {
            var m = inFlight(d.from(), d.to(), d.messageKind());
            return m != null && cluster.dropSeq(m.seq());
        } else if (action instanceof Action.Duplicate d) {
            var m = inFlight(d.from(), d.to(), d.messageKind());
            return m != null && cluster.duplicateSeq(m.seq()) && settle();
        } else if (action instanceof Action.Tick t) {
            cluster.advanceInTicks(t.ms(), () -> {
                if (!settle()) throw new StoppedByViolation();
            });
            return true;
        } else if (action instanceof Action.Propose p) {
            if (crashed(p.node())) return false;
            cluster.submit(p.node(), p.command());
            return settle();
        } else if (action instanceof Action.Crash c) {
            cluster.crash(c.node());
            return settle();
        } else if (action instanceof Action.Restart r) {
            cluster.restart(r.node());
            return settle();
        } else if (action instanceof Action.Disk d) {
            cluster.injectDiskFault(d.node(), d.fault());
            return check();
        } else if (action instanceof Action.Split s) {
            return eachNode(id -> cluster.split(s.groups()));
        } else if (action instanceof Action.Isolate i) {
            return eachNode(id -> cluster.isolate(i.node()));
        } else if (action instanceof Action.Heal h) {
            return eachNode(id -> cluster.heal());
        } else if (action instanceof Action.Elect e) {
            if (crashed(e.node())) return false;
            if (cluster.node(e.node()).raft().role() == Role.LEADER) return true; // "already the leader": nothing sent
            cluster.elect(e.node(), e.force());
            return settle();
        } else if (action instanceof Action.Heartbeat h) {
            if (crashed(h.node())) return false;
            if (!cluster.heartbeat(h.node())) return refuse("not leader");
            return settle();
        } else if (action instanceof Action.Timers t) {
            List<String> nodes = t.node() == null ? cluster.ids() : List.of(t.node());
            for (String id : nodes) {
                cluster.setTimers(id, t.on());
                if (!settle()) return false;
            }
            return true;
        } else if (action instanceof Action.TriggerSet t) {
            cluster.setTrigger(t.node(), t.trigger(), null);
            return true;
        } else if (action instanceof Action.TriggerClear t) {
            cluster.clearTrigger(t.node(), null);
            return true;
        } else if (action instanceof Action.Stabilize s) {
            cluster.stabilize();
            return check();
        } else if (action instanceof Action.ReleaseAll r) {
            return eachNode(cluster::release);
        } else if (action instanceof Action.Expect e) {
            if (holds(e)) return true;
            return refuse(e.node() + " " + e.field().word + " is " + read(e.node(), e.field()) + ", expected "
                    + (e.equal() ? "" : "not ") + e.value());
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    /** Whether the expectation holds now; nothing changes. */
    public boolean holds(Action.Expect e) {
        return read(e.node(), e.field()).equals(e.value()) == e.equal();
    }

    /** The field as {@code expect} reads it from the node's status. */
    private String read(String node, Action.Expect.Field field) {
        SimNode n = cluster.node(node);
        if (n.crashed()) return field == Action.Expect.Field.ROLE ? "CRASHED" : "none";
        NodeStatus s = n.raft().status();
        return switch (field) {
            case ROLE -> s.role().name();
            case LAST_INDEX -> Long.toString(s.lastIndex());
            case APPLIED -> Long.toString(s.appliedIndex());
        };
    }

    /** The change at every node, one at a time, the network settling after each: how a line for all nodes runs. */
    private boolean eachNode(java.util.function.Consumer<String> change) {
        for (String id : cluster.ids()) {
            change.accept(id);
            if (!settle()) return false;
        }
        return true;
    }

    private SimCluster.InFlight inFlight(String from, String to, String kind) {
        var m = cluster.oldest(from, to, kind);
        if (m.isEmpty()) refuse("no message of kind " + kind + " from " + from + " to " + to + " is in flight");
        return m.orElse(null);
    }

    /** True, and the line refused, if the node is crashed: it refuses elect, heartbeat and commands. */
    private boolean crashed(String node) {
        if (!cluster.node(node).crashed()) return false;
        refuse("node is crashed");
        return true;
    }

    private boolean refuse(String why) {
        refusal = why;
        return false;
    }

    /** What the simulator does after an action: deliver what is not held, then check. */
    private boolean settle() {
        cluster.deliverAll();
        return check();
    }

    private boolean check() {
        checker.check();
        if (checker.ok()) return true;
        violation = checker.found().get(0);
        return false;
    }

    /** Ends a tick whose step broke an invariant, as the line's failure ends it on the simulator. */
    private static final class StoppedByViolation extends RuntimeException {
        StoppedByViolation() {
            super(null, null, false, false);
        }
    }
}
