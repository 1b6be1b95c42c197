package io.raftctl.sim;

import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One randomized run on a {@link SimCluster}, fully determined by its seed: random delivery order, drops,
 * duplicates, crashes and recoveries, partitions, timer ticks, client commands and forced campaigns,
 * with the {@link SafetyChecker} after every step; then everything is healed and the cluster must
 * converge, holding every acknowledged write.
 */
public final class RandomScenario {

    /** What a run found. {@code violations} is empty for a safe run. */
    public record Outcome(long seed, int nodes, int steps, int acknowledged, List<String> violations, List<String> lastActions) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private final long seed;
    private final int steps;
    private final RaftSettings.CommitRule commitRule;
    private final SplittableRandom rnd;
    private final List<String> actions = new ArrayList<>();

    public RandomScenario(long seed, int steps, RaftSettings.CommitRule commitRule) {
        this.seed = seed;
        this.steps = steps;
        this.commitRule = commitRule;
        this.rnd = new SplittableRandom(seed);
    }

    public Outcome run() {
        int size = rnd.nextBoolean() ? 3 : 5;
        RaftSettings settings = new RaftSettings(50, 150, 300, rnd.nextInt(4) != 0, rnd.nextInt(4) != 0,
                1 + rnd.nextInt(3), 1 + rnd.nextInt(4), true, commitRule);
        SimCluster c = new SimCluster(SimCluster.defaultIds(size), settings, "counter", seed);
        SafetyChecker checker = new SafetyChecker().attach(c);
        int commands = 0;
        try {
            for (int step = 0; step < steps && checker.ok(); step++) {
                commands += randomStep(c, commands);
                checker.check();
            }
            if (checker.ok()) {
                if (rnd.nextBoolean()) converge(c, checker);
                else convergeByHand(c, checker);
            }
        } catch (RuntimeException e) {
            List<String> v = new ArrayList<>(checker.violations());
            v.add("exception: " + e);
            return outcome(size, checker, v);
        }
        return outcome(size, checker, checker.violations());
    }

    private Outcome outcome(int size, SafetyChecker checker, List<String> violations) {
        List<String> tail = actions.subList(Math.max(0, actions.size() - 15), actions.size());
        return new Outcome(seed, size, steps, checker.acknowledged().size(), List.copyOf(violations), List.copyOf(tail));
    }

    private int randomStep(SimCluster c, int commands) {
        List<String> ids = c.ids();
        int roll = rnd.nextInt(100);
        int inFlight = c.inFlight().size();
        if (roll < 30 && inFlight > 0) {
            int i = rnd.nextInt(inFlight);
            act("deliver #" + i + " " + c.inFlight().get(i).message());
            c.deliverAt(i);
        } else if (roll < 45 && inFlight > 0) {
            act("deliver oldest");
            c.deliverAt(0);
        } else if (roll < 49 && inFlight > 0) {
            int i = rnd.nextInt(inFlight);
            act("drop #" + i);
            c.dropAt(i);
        } else if (roll < 52 && inFlight > 0) {
            int i = rnd.nextInt(inFlight);
            act("duplicate #" + i);
            c.duplicateAt(i);
        } else if (roll < 72) {
            long ms = 1 + rnd.nextInt(60);
            act("advance " + ms + "ms");
            c.advanceTime(ms);
        } else if (roll < 84) {
            String target = c.leader().filter(l -> rnd.nextInt(10) < 7).map(SimNode::id).orElse(pick(ids));
            if (!c.node(target).crashed()) {
                act("submit add " + (commands + 1) + " at " + target);
                c.submit(target, "add " + (commands + 1));
                return 1;
            }
        } else if (roll < 86) {
            String n = pick(ids);
            act("crash " + n);
            c.crash(n);
        } else if (roll < 90) {
            String n = pick(ids);
            act("restart " + n);
            c.restart(n);
        } else if (roll < 93) {
            List<String> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, new java.util.Random(rnd.nextLong()));
            int cut = 1 + rnd.nextInt(ids.size() - 1);
            List<List<String>> groups = List.of(shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()));
            act("split " + groups);
            c.split(groups);
        } else if (roll < 94) {
            String n = pick(ids);
            act("isolate " + n);
            c.isolate(n);
        } else if (roll < 97) {
            act("heal");
            c.heal();
        } else if (roll < 98) {
            String n = pick(ids);
            if (!c.node(n).crashed()) {
                act("elect " + n);
                c.elect(n, rnd.nextBoolean());
            }
        } else {
            c.leader().ifPresent(l -> {
                act("heartbeat " + l.id());
                c.heartbeat(l.id());
            });
        }
        return 0;
    }

    /** Heals everything and runs until one leader has everything applied everywhere. */
    private void converge(SimCluster c, SafetyChecker checker) {
        act("heal all and converge");
        c.heal();
        for (String id : c.ids()) c.restart(id);
        for (int round = 0; round < 3000; round++) {
            c.advanceTime(10);
            c.deliverAll();
            checker.check();
            if (!checker.ok()) return;
            if (converged(c)) {
                checkAcknowledgedEverywhere(c, checker);
                return;
            }
        }
        throw new IllegalStateException("did not converge within 30s of simulated time after healing");
    }

    /**
     * Heals everything, switches timers off and brings the cluster up to date by operator actions only: a
     * heartbeat from a current leader, or else an election. The exchanges these set off (no timer fires)
     * must bring every node up to date.
     */
    private void convergeByHand(SimCluster c, SafetyChecker checker) {
        act("heal all, timers off, converge by hand");
        c.heal();
        for (String id : c.ids()) c.restart(id);
        for (String id : c.ids()) c.setTimers(id, false);
        c.deliverAll();
        SimNode leader = c.leader().filter(l -> l.raft().term() >= maxTerm(c)).orElse(null);
        if (leader != null) {
            act("heartbeat " + leader.id());
            c.heartbeat(leader.id());
            c.deliverAll();
        } else {
            // A node whose log is behind is refused, and one whose term is behind first catches up from the
            // refusals; within two rounds one of the most up-to-date nodes wins.
            List<String> order = new ArrayList<>(c.ids());
            order.addAll(c.ids());
            for (String id : order) {
                act("elect " + id);
                c.elect(id);
                c.deliverAll();
                checker.check();
                if (!checker.ok()) return;
                if (c.leader().filter(l -> l.raft().term() >= maxTerm(c)).isPresent()) break;
            }
        }
        checker.check();
        if (!checker.ok()) return;
        if (!converged(c)) {
            StringBuilder state = new StringBuilder();
            for (SimNode n : c.nodes()) state.append(' ').append(n.raft().status());
            throw new IllegalStateException("with timers off, the exchanges one operator action set off did not bring"
                    + " every node up to date:" + state);
        }
        checkAcknowledgedEverywhere(c, checker);
    }

    private static long maxTerm(SimCluster c) {
        long t = 0;
        for (SimNode n : c.nodes()) t = Math.max(t, n.raft().term());
        return t;
    }

    private boolean converged(SimCluster c) {
        SimNode leader = c.leader().orElse(null);
        if (leader == null) return false;
        long last = leader.raft.log().lastIndex();
        if (leader.raft.commitIndex() != last) return false;
        for (SimNode n : c.nodes()) {
            if (n.raft.role() == Role.LEADER && n != leader) return false;
            if (n.raft.log().lastIndex() != last || n.raft.appliedIndex() != last) return false;
        }
        return true;
    }

    private void checkAcknowledgedEverywhere(SimCluster c, SafetyChecker checker) {
        long expectedTotal = -1;
        for (SimNode n : c.nodes()) {
            for (var ack : checker.acknowledged().entrySet()) {
                if (!n.raft.log().entry(ack.getKey()).command().equals(ack.getValue())) {
                    throw new IllegalStateException("acknowledged write at index " + ack.getKey() + " missing at " + n.id);
                }
            }
            if (expectedTotal < 0) expectedTotal = n.total();
            if (n.total() != expectedTotal) {
                throw new IllegalStateException("state machines differ after convergence: " + n.id + " has " + n.total()
                        + ", others " + expectedTotal);
            }
        }
    }

    private String pick(List<String> ids) {
        return ids.get(rnd.nextInt(ids.size()));
    }

    private void act(String what) {
        actions.add(what);
        if (actions.size() > 200) actions.subList(0, 100).clear();
    }
}
