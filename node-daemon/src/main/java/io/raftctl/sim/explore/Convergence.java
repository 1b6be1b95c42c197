package io.raftctl.sim.explore;

import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimDisk;
import io.raftctl.sim.SimNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of every exploration, as script lines: every fault healed (network, crashes, triggers), every message
 * released, then the cluster must converge, either with timers on (time passes until it has, 30 s at most) or by
 * operator actions alone with timers off (a heartbeat from an up-to-date leader, else elections in turn). Converged
 * means what the closing {@code expect} lines say: one leader, whose last index every node has and has applied.
 */
public final class Convergence {

    public enum Mode {
        TIMERS_ON, BY_HAND
    }

    private static final long CHECK_EVERY_MS = 10;
    private static final long MAX_WAIT_MS = 30_000;

    private Convergence() {
    }

    /**
     * Plays the lines on {@code player}, adding each to {@code played}.
     *
     * @return false if a line broke an invariant or was refused (see the player); a failed expectation is
     *         a refusal whose text says what did not converge
     */
    static boolean play(LinePlayer player, Mode mode, List<Action> played) {
        SimCluster c = player.cluster();
        List<Action> heal = new ArrayList<>();
        if (!c.isolated().isEmpty() || !c.groups().isEmpty()) heal.add(new Action.Heal());
        for (SimNode n : c.nodes()) if (n.disk().armed() != null) heal.add(new Action.Disk(n.id(), SimDisk.Fault.HEAL));
        // A node whose storage refused to open stays down: the rest must converge without it.
        for (SimNode n : c.nodes()) if (n.crashed() && n.downForever() == null) heal.add(new Action.Restart(n.id()));
        for (SimNode n : c.nodes()) if (n.triggers().anyArmed()) heal.add(new Action.TriggerClear(n.id()));
        heal.add(new Action.Timers(mode == Mode.TIMERS_ON, null));
        heal.add(new Action.ReleaseAll());
        for (Action a : heal) if (!play(player, a, played)) return false;

        if (mode == Mode.TIMERS_ON) {
            long waited = 0;
            while (waited < MAX_WAIT_MS && !converged(player)) {
                LinePlayer.Result r = player.play(new Action.Tick(CHECK_EVERY_MS));
                waited += CHECK_EVERY_MS;
                if (r != LinePlayer.Result.RAN) {
                    played.add(new Action.Tick(waited));
                    return false;
                }
            }
            if (waited > 0) played.add(new Action.Tick(waited));
        } else if (!byHand(player, played)) {
            return false;
        }
        for (Action.Expect e : expectations(c)) if (!play(player, e, played)) return false;
        return true;
    }

    /** A heartbeat from a leader of the highest term, else elections in cluster order, twice round at most. */
    private static boolean byHand(LinePlayer player, List<Action> played) {
        SimCluster c = player.cluster();
        Optional<SimNode> leader = currentLeader(c);
        if (leader.isPresent()) return play(player, new Action.Heartbeat(leader.get().id()), played);
        // A node whose log is behind is refused, and one whose term is behind first catches up from the refusals;
        // within two rounds one of the most up-to-date nodes wins.
        for (int round = 0; round < 2; round++) {
            for (String id : c.ids()) {
                if (c.node(id).crashed()) continue;
                if (!play(player, new Action.Elect(id, true), played)) return false;
                if (currentLeader(c).isPresent()) return true;
            }
        }
        return true;
    }

    private static Optional<SimNode> currentLeader(SimCluster c) {
        long maxTerm = 0;
        for (SimNode n : c.nodes()) if (!n.crashed()) maxTerm = Math.max(maxTerm, n.raft().term());
        long top = maxTerm;
        return c.leader().filter(l -> l.raft().term() >= top);
    }

    private static boolean converged(LinePlayer player) {
        for (Action.Expect e : expectations(player.cluster())) if (!player.holds(e)) return false;
        return true;
    }

    /** One leader; every node has its last index and has applied it. */
    static List<Action.Expect> expectations(SimCluster c) {
        Optional<SimNode> leader = c.leader();
        if (leader.isEmpty()) return List.of(new Action.Expect(c.ids().get(0), Action.Expect.Field.ROLE, true, "LEADER"));
        String k = leader.get().id();
        String last = Long.toString(leader.get().raft().log().lastIndex());
        List<Action.Expect> expect = new ArrayList<>();
        expect.add(new Action.Expect(k, Action.Expect.Field.ROLE, true, "LEADER"));
        for (String id : c.ids()) {
            if (c.node(id).downForever() != null) continue;
            if (!id.equals(k)) expect.add(new Action.Expect(id, Action.Expect.Field.ROLE, false, "LEADER"));
            expect.add(new Action.Expect(id, Action.Expect.Field.LAST_INDEX, true, last));
            expect.add(new Action.Expect(id, Action.Expect.Field.APPLIED, true, last));
        }
        return expect;
    }

    private static boolean play(LinePlayer player, Action a, List<Action> played) {
        played.add(a);
        return player.play(a) == LinePlayer.Result.RAN;
    }
}
