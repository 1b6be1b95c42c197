package io.raftctl.sim.explore;

import io.raftctl.raft.Role;
import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimDisk;
import io.raftctl.sim.SimNode;
import io.raftctl.sim.MessageKinds;
import io.raftctl.statemachine.Trigger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Draws the next line of an exploration from the cluster's state and a {@link Profile}: only lines that can run now
 * (a message to deliver, a crashed node to restart, a leader to send heartbeats), so that every line of an explored
 * script runs on the simulator. Messages are picked as a real network would hand them over: the oldest of its kind
 * on its link (links are FIFO), the link chosen with the number of messages on it.
 */
final class RandomLines {

    private final SplittableRandom rnd;
    private final Profile profile;
    private int proposals;
    /** Nodes that got a disk fault that can keep them down for good: at most a minority of the cluster. */
    private final java.util.Set<String> diskFaulted = new java.util.TreeSet<>();

    RandomLines(SplittableRandom rnd, Profile profile) {
        this.rnd = rnd;
        this.profile = profile;
    }

    Action next(SimCluster c) {
        State s = new State(c);
        List<ActionKind> kinds = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        int total = 0;
        for (ActionKind k : ActionKind.values()) {
            int w = profile.weight(k);
            if (w > 0 && canRun(k, s)) {
                kinds.add(k);
                weights.add(w);
                total += w;
            }
        }
        if (total == 0) return tick();
        int roll = rnd.nextInt(total);
        for (int i = 0; i < kinds.size(); i++) {
            roll -= weights.get(i);
            if (roll < 0) return draw(kinds.get(i), s);
        }
        throw new IllegalStateException("unreachable");
    }

    /** What the choice depends on, read once per line. */
    private static final class State {
        final SimCluster c;
        final List<SimNode> all;
        final List<SimNode> live = new ArrayList<>();
        final List<SimNode> crashed = new ArrayList<>();
        final List<SimNode> notLeading = new ArrayList<>();
        final List<SimNode> armed = new ArrayList<>();
        final List<SimNode> unarmed = new ArrayList<>();

        State(SimCluster c) {
            this.c = c;
            this.all = c.nodes();
            for (SimNode n : all) {
                if (n.crashed()) {
                    if (n.downForever() == null) crashed.add(n);
                } else {
                    live.add(n);
                }
                if (!n.crashed() && n.raft().role() != Role.LEADER) notLeading.add(n);
                (n.triggers().anyArmed() ? armed : unarmed).add(n);
            }
        }
    }

    private boolean canRun(ActionKind k, State s) {
        SimCluster c = s.c;
        return switch (k) {
            case DELIVER, DROP, DUPLICATE, STABILIZE -> c.inFlightCount() > 0;
            case TICK, TIMERS -> true;
            case PROPOSE, CRASH, DISK -> !s.live.isEmpty();
            case RESTART -> !s.crashed.isEmpty();
            case SPLIT, ISOLATE -> s.all.size() > 1;
            case HEAL -> !c.isolated().isEmpty() || !c.groups().isEmpty();
            case ELECT -> !s.notLeading.isEmpty();
            case HEARTBEAT -> c.leader().isPresent();
            case TRIGGER_SET -> !s.unarmed.isEmpty();
            case TRIGGER_CLEAR -> !s.armed.isEmpty();
            default -> false;
        };
    }

    private Action draw(ActionKind k, State s) {
        SimCluster c = s.c;
        return switch (k) {
            case DELIVER -> {
                // The network's own order a third of the time, else any link.
                SimCluster.InFlight f = rnd.nextInt(3) == 0 ? c.inFlightAt(0) : anyMessage(c);
                yield new Action.Deliver(f.message().from(), f.message().to(), MessageKinds.of(f.message()));
            }
            case DROP -> {
                SimCluster.InFlight f = anyMessage(c);
                yield new Action.Drop(f.message().from(), f.message().to(), MessageKinds.of(f.message()));
            }
            case DUPLICATE -> {
                SimCluster.InFlight f = anyMessage(c);
                yield new Action.Duplicate(f.message().from(), f.message().to(), MessageKinds.of(f.message()));
            }
            case TICK -> tick();
            case PROPOSE -> {
                String target = c.leader().filter(l -> rnd.nextInt(10) < 7).map(SimNode::id)
                        .orElse(pick(s.live).id());
                yield new Action.Propose(target, "add " + (++proposals));
            }
            case CRASH -> new Action.Crash(pick(s.live).id());
            case RESTART -> new Action.Restart(pick(s.crashed).id());
            case DISK -> disk(s);
            case SPLIT -> {
                List<String> shuffled = new ArrayList<>(c.ids());
                Collections.shuffle(shuffled, new Random(rnd.nextLong()));
                int cut = 1 + rnd.nextInt(shuffled.size() - 1);
                yield new Action.Split(List.of(inClusterOrder(c, shuffled.subList(0, cut)),
                        inClusterOrder(c, shuffled.subList(cut, shuffled.size()))));
            }
            case ISOLATE -> new Action.Isolate(pick(s.all).id());
            case HEAL -> new Action.Heal();
            case ELECT -> new Action.Elect(pick(s.notLeading).id(), rnd.nextBoolean());
            case HEARTBEAT -> new Action.Heartbeat(c.leader().orElseThrow().id());
            case TIMERS -> {
                SimNode n = pick(s.all);
                yield new Action.Timers(!n.timersOn(), n.id());
            }
            case TRIGGER_SET -> new Action.TriggerSet(pick(s.unarmed).id(), rnd.nextBoolean() ? Trigger.EXPLODE : Trigger.ERROR);
            case TRIGGER_CLEAR -> new Action.TriggerClear(pick(s.armed).id());
            case STABILIZE -> new Action.Stabilize();
            default -> throw new IllegalArgumentException("not drawn at random: " + k);
        };
    }

    /**
     * A disk fault. Those that can keep a node down for good (its storage refusing to open, or dropping what it may
     * have acknowledged) go to at most a minority of the nodes, so that the rest can stay safe and converge; a full
     * disk, which a restart recovers from, goes anywhere.
     */
    private Action disk(State s) {
        int minority = (s.all.size() - 1) / 2;
        List<SimNode> targets = new ArrayList<>();
        for (SimNode n : s.live) if (diskFaulted.size() < minority || diskFaulted.contains(n.id())) targets.add(n);
        int roll = rnd.nextInt(10);
        if (targets.isEmpty() || roll < 2) return new Action.Disk(pick(s.live).id(), SimDisk.Fault.DISK_FULL);
        SimDisk.Fault fault = roll < 6 ? SimDisk.Fault.CRASH_AT_FSYNC : roll < 8 ? SimDisk.Fault.FSYNC_EIO
                : roll < 9 ? SimDisk.Fault.BIT_FLIP : SimDisk.Fault.BAD_SECTOR;
        SimNode target = pick(targets);
        diskFaulted.add(target.id());
        return new Action.Disk(target.id(), fault);
    }

    private Action tick() {
        return new Action.Tick(1 + rnd.nextInt(60));
    }

    private SimCluster.InFlight anyMessage(SimCluster c) {
        return c.inFlightAt(rnd.nextInt(c.inFlightCount()));
    }

    private static List<String> inClusterOrder(SimCluster c, List<String> group) {
        return c.ids().stream().filter(group::contains).toList();
    }

    private <T> T pick(List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
