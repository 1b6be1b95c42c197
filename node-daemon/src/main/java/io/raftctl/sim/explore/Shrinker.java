package io.raftctl.sim.explore;

import io.raftctl.sim.Invariant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Shrinks a failing exploration to a short script that fails the same way. Each candidate is replayed from scratch
 * with the same seed and setup (the {@code up} / {@code net hold} prologue stays), its convergence lines made anew,
 * and kept if it breaks the same {@link Invariant}. Lines that can no longer run (a {@code deliver} whose message
 * only a removed line sent) go with the lines removed, so that one removal takes what depended on it along.
 * <ol>
 *   <li>delta debugging (Zeller's ddmin) over the random lines: chunks first, then ever smaller ones down to single
 *       lines, until no single line can go;</li>
 *   <li>then pairs of neighbouring lines (a {@code crash} and its {@code restart}), and two {@code tick}s in a row
 *       made one; and ddmin again, until none of these changes anything.</li>
 * </ol>
 * The result is 1-minimal (no single line can be left out), unless the budget ran out first.
 */
public final class Shrinker {

    /** At most {@code maxRuns} replays and {@code maxNanos} of the given clock. */
    public record Budget(int maxRuns, long maxNanos) {
    }

    /** The shortest failing run found, and what it took. */
    public record Result(Run minimal, int runs, boolean budgetExhausted) {
    }

    private final Run failing;
    private final Invariant target;
    private final Budget budget;
    private final LongSupplier clock;
    private final long started;
    private Run best;
    private int runs;

    private Shrinker(Run failing, Budget budget, LongSupplier clock) {
        this.failing = failing;
        this.target = failing.violation().invariant();
        this.budget = budget;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.best = failing;
    }

    public static Result shrink(Run failing, Budget budget, LongSupplier nanoClock) {
        if (failing.violation() == null) throw new IllegalArgumentException("nothing to shrink: the run found no violation");
        Shrinker s = new Shrinker(failing, budget, nanoClock);
        try {
            s.shrink();
            return new Result(s.best, s.runs, false);
        } catch (OutOfBudget e) {
            return new Result(s.best, s.runs, true);
        }
    }

    private void shrink() {
        boolean changed = true;
        while (changed) {
            ddmin();
            changed = removePairs() | mergeTicks();
        }
    }

    private void ddmin() {
        int granularity = 2;
        while (!best.explored().isEmpty()) {
            List<Action> current = best.explored();
            int size = current.size();
            int chunk = (size + granularity - 1) / Math.min(granularity, size);
            boolean reduced = false;
            for (int start = 0; start < size && !reduced; start += chunk) {
                reduced = attempt(without(current, start, chunk));
            }
            if (reduced) {
                granularity = Math.max(granularity - 1, 2);
            } else {
                if (chunk == 1) return;
                granularity = Math.min(size, granularity * 2);
            }
        }
    }

    private boolean removePairs() {
        boolean changed = false;
        for (int i = 0; i + 1 < best.explored().size(); i++) {
            if (attempt(without(best.explored(), i, 2))) {
                changed = true;
                i--;
            }
        }
        return changed;
    }

    private boolean mergeTicks() {
        boolean changed = false;
        for (int i = 0; i + 1 < best.explored().size(); i++) {
            List<Action> current = best.explored();
            if (current.get(i) instanceof Action.Tick a && current.get(i + 1) instanceof Action.Tick b) {
                List<Action> candidate = without(current, i, 2);
                candidate.add(i, new Action.Tick(a.ms() + b.ms()));
                if (attempt(candidate)) {
                    changed = true;
                    i--;
                }
            }
        }
        return changed;
    }

    /** Replays {@code candidate}; keeps it if it breaks the same invariant. */
    private boolean attempt(List<Action> candidate) {
        if (runs >= budget.maxRuns() || clock.getAsLong() - started > budget.maxNanos()) throw new OutOfBudget();
        runs++;
        Run r = Exploration.replay(failing, candidate);
        if (r.violation() == null || r.violation().invariant() != target) return false;
        best = r;
        return true;
    }

    private static List<Action> without(List<Action> lines, int from, int count) {
        List<Action> out = new ArrayList<>(lines.subList(0, from));
        out.addAll(lines.subList(Math.min(lines.size(), from + count), lines.size()));
        return out;
    }

    private static final class OutOfBudget extends RuntimeException {
        OutOfBudget() {
            super(null, null, false, false);
        }
    }
}
