package io.raftctl.cli.sim;

import io.raftctl.sim.explore.ActionKind;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.Run;
import io.raftctl.sim.explore.Shrinker;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * {@code raftctl sim}: explores seeds one after the other until one breaks an invariant, then shrinks that one to a
 * short script. Prints nothing itself; a {@link Listener} hears of every seed.
 */
public final class SimSearch {

    /** Told of the search's progress. */
    public interface Listener {
        void explored(Run run, int done);

        void shrinking(Run failing);
    }

    /** How long shrinking may go on: replays, and wall-clock time as a safety net. */
    static final Shrinker.Budget SHRINK_BUDGET = new Shrinker.Budget(20_000, 60_000_000_000L);

    /**
     * What the search found.
     *
     * @param failing the run that broke an invariant, or null
     * @param shrunk  its shortest reproduction, or null
     */
    public record Result(long firstSeed, int seedsRun, Exploration.Options options, Map<String, Integer> profiles,
                         Map<ActionKind, Long> lines, long acknowledged, long maxTerm, long maxLogLength,
                         long exploreNanos, Run failing, Shrinker.Result shrunk, long shrinkNanos) {
        public boolean ok() {
            return failing == null;
        }
    }

    private SimSearch() {
    }

    public static Result run(long firstSeed, int seeds, Exploration.Options options, Listener listener, LongSupplier nanoClock) {
        Map<String, Integer> profiles = new TreeMap<>();
        Map<ActionKind, Long> lines = new EnumMap<>(ActionKind.class);
        long acknowledged = 0;
        long maxTerm = 0;
        long maxLog = 0;
        Run failing = null;
        int done = 0;
        long started = nanoClock.getAsLong();
        for (long seed = firstSeed; done < seeds; seed++) {
            Run run = Exploration.explore(seed, options);
            done++;
            profiles.merge(run.profile(), 1, Integer::sum);
            run.counts().forEach((k, n) -> lines.merge(k, (long) n, Long::sum));
            acknowledged += run.figures().acknowledged();
            maxTerm = Math.max(maxTerm, run.figures().maxTerm());
            maxLog = Math.max(maxLog, run.figures().maxLogLength());
            listener.explored(run, done);
            if (!run.ok()) {
                failing = run;
                break;
            }
        }
        long explored = nanoClock.getAsLong() - started;
        Shrinker.Result shrunk = null;
        if (failing != null) {
            listener.shrinking(failing);
            shrunk = Shrinker.shrink(failing, SHRINK_BUDGET, nanoClock);
        }
        return new Result(firstSeed, done, options, profiles, lines, acknowledged, maxTerm, maxLog, explored, failing,
                shrunk, nanoClock.getAsLong() - started - explored);
    }
}
