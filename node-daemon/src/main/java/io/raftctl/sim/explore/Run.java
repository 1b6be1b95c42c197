package io.raftctl.sim.explore;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.Flaw;
import io.raftctl.sim.Violation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One exploration, or one replay of a script during shrinking: what was set up, the lines drawn at random
 * ({@code explored}), every line played ({@code played}: the {@code up} and {@code net hold} prologue, the explored
 * lines, the convergence lines, up to the line that stopped the run), and what it found.
 */
public record Run(long seed, String profile, Setup setup, Convergence.Mode mode, RaftSettings.CommitRule commitRule,
                  List<Action> explored, List<Action> played, Violation violation, Figures figures, Flaw flaw) {

    /** What the run did, for a summary. */
    public record Figures(int acknowledged, long maxTerm, long maxLogLength) {
    }

    public Run {
        explored = List.copyOf(explored);
        played = List.copyOf(played);
    }

    public boolean ok() {
        return violation == null;
    }

    /** The script: one line per action played. */
    public List<String> lines() {
        return played.stream().map(Action::line).toList();
    }

    /** How many lines of each kind were played. */
    public Map<ActionKind, Integer> counts() {
        Map<ActionKind, Integer> counts = new EnumMap<>(ActionKind.class);
        for (Action a : played) counts.merge(a.kind(), 1, Integer::sum);
        return counts;
    }

    /** Whether the convergence phase ran with timers on (else by operator actions, timers off). */
    public boolean convergedWithTimers() {
        return mode == Convergence.Mode.TIMERS_ON;
    }
}
