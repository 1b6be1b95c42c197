package io.raftctl.sim.explore;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.Flaw;
import io.raftctl.sim.Invariant;
import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimNode;
import io.raftctl.sim.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random exploration of a simulated cluster, one seed at a time, in script lines: {@code up ...}, {@code net hold}
 * (every message waits for a line to move it), then {@code steps} lines drawn by {@link RandomLines}, then the
 * {@link Convergence} lines. Raft's safety properties are checked after every step; the first violation, or a
 * cluster that does not converge, ends the run. The seed fixes everything: the setup, the profile's weights, every
 * line, and the simulated cluster's own random choices ({@code run --sim --seed S} replays it).
 */
public final class Exploration {

    /**
     * @param nodes      the cluster's size, or null for 3 or 5 by seed
     * @param commitRule {@link RaftSettings.CommitRule#CURRENT_TERM} but in self-tests of the checker
     */
    public record Options(int steps, Integer nodes, Profile.Choice profile, RaftSettings.CommitRule commitRule, Flaw flaw) {
        public Options {
            if (steps < 0) throw new IllegalArgumentException("steps must be >= 0");
            if (nodes != null && nodes < 1) throw new IllegalArgumentException("a cluster needs at least one node");
        }

        public Options(int steps, Integer nodes, Profile.Choice profile, RaftSettings.CommitRule commitRule) {
            this(steps, nodes, profile, commitRule, Flaw.NONE);
        }

        /** The same, with a deliberately broken driver or storage ({@link Flaw}), for self-tests. */
        public Options withFlaw(Flaw f) {
            return new Options(steps, nodes, profile, commitRule, f);
        }

        public static Options of(int steps) {
            return new Options(steps, null, Profile.Choice.MIXED, RaftSettings.CommitRule.CURRENT_TERM);
        }
    }

    private Exploration() {
    }

    public static Run explore(long seed, Options options) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Profile profile = options.profile().forSeed(seed, rnd);
        int size = options.nodes() != null ? options.nodes() : rnd.nextBoolean() ? 3 : 5;
        Setup setup = new Setup(size, rnd.nextInt(8) != 0, rnd.nextInt(4) != 0, rnd.nextInt(4) != 0,
                1 + rnd.nextInt(3), 1 + rnd.nextInt(4));
        Convergence.Mode mode = rnd.nextBoolean() ? Convergence.Mode.TIMERS_ON : Convergence.Mode.BY_HAND;
        RandomLines lines = new RandomLines(rnd, profile);

        LinePlayer player = new LinePlayer(seed, options.commitRule(), options.flaw());
        List<Action> played = new ArrayList<>();
        List<Action> explored = new ArrayList<>();
        if (!prologue(player, setup, played)) return finish(seed, profile.name(), setup, mode, options.commitRule(), explored, played, player, false);
        for (int step = 0; step < options.steps(); step++) {
            Action a = lines.next(player.cluster());
            explored.add(a);
            played.add(a);
            LinePlayer.Result r = player.play(a);
            if (r == LinePlayer.Result.REFUSED) {
                throw new IllegalStateException("seed " + seed + ": the exploration drew a line that cannot run: '" + a.line()
                        + "' (" + player.refusal() + ")");
            }
            if (r == LinePlayer.Result.VIOLATED) return finish(seed, profile.name(), setup, mode, options.commitRule(), explored, played, player, false);
        }
        boolean converged = Convergence.play(player, mode, played);
        return finish(seed, profile.name(), setup, mode, options.commitRule(), explored, played, player, !converged);
    }

    /**
     * The run of {@code explored} in place of {@code original}'s random lines, from scratch, with the same seed and setup.
     * A line that cannot run (a {@code deliver} whose message a removed line would have sent) is left out, as if it had
     * been removed too: a refused line changes nothing, and the run's script holds only lines that run.
     */
    public static Run replay(Run original, List<Action> explored) {
        LinePlayer player = new LinePlayer(original.seed(), original.commitRule(), original.flaw());
        List<Action> played = new ArrayList<>();
        List<Action> kept = new ArrayList<>();
        if (prologue(player, original.setup(), played)) {
            for (Action a : explored) {
                LinePlayer.Result r = player.play(a);
                if (r == LinePlayer.Result.REFUSED) continue;
                kept.add(a);
                played.add(a);
                if (r == LinePlayer.Result.VIOLATED) break;
            }
        }
        boolean converged = player.violation() != null || Convergence.play(player, original.mode(), played);
        return finish(original.seed(), original.profile(), original.setup(), original.mode(), original.commitRule(), kept,
                played, player, !converged);
    }

    private static boolean prologue(LinePlayer player, Setup setup, List<Action> played) {
        for (Action a : List.of(new Action.Up(setup), new Action.HoldAll())) {
            played.add(a);
            if (player.play(a) != LinePlayer.Result.RAN) return false;
        }
        return true;
    }

    private static Run finish(long seed, String profile, Setup setup, Convergence.Mode mode, RaftSettings.CommitRule rule,
                              List<Action> explored, List<Action> played, LinePlayer player, boolean convergenceStopped) {
        Violation v = player.violation();
        if (v == null && convergenceStopped) {
            v = new Violation(Invariant.CONVERGENCE, "after every fault was healed: '" + played.get(played.size() - 1).line()
                    + "' failed: " + player.refusal());
        }
        return new Run(seed, profile, setup, mode, rule, explored, played, v, figures(player), player.flaw());
    }

    private static Run.Figures figures(LinePlayer player) {
        SimCluster c = player.cluster();
        if (c == null) return new Run.Figures(0, 0, 0);
        long maxTerm = 0;
        long maxLog = 0;
        for (SimNode n : c.nodes()) {
            maxTerm = Math.max(maxTerm, n.durableHardState().term());
            maxLog = Math.max(maxLog, n.durableLog().size());
        }
        return new Run.Figures(player.checker().acknowledgedCount(), maxTerm, maxLog);
    }
}
