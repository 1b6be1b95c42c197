package io.raftctl.sim;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.Profile;
import io.raftctl.sim.explore.Run;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random schedules of delivery, loss, duplication, reordering, crashes, partitions, timers, triggers and client
 * writes on 3- and 5-node clusters (the faulty profile of {@code raftctl sim}), checked for Raft's safety properties
 * after every step; every run then heals and must converge, half of them by operator actions alone with timers off.
 * {@code -Dsim.seed=S} reruns one seed; {@code -Dsim.seeds=N} and {@code -Dsim.firstSeed=F} choose the range. A failure
 * prints the seed and its script: {@code raftctl sim --profile faulty --seed S} shrinks it.
 */
class RandomizedSimulationTest {

    private static final int STEPS = 1000;

    @Test
    void everySeedKeepsRaftSafe() {
        String single = System.getProperty("sim.seed");
        long first = single != null ? Long.parseLong(single) : Long.getLong("sim.firstSeed", 1);
        int seeds = single != null ? 1 : Integer.getInteger("sim.seeds", 2000);
        Exploration.Options options = new Exploration.Options(STEPS, null, Profile.Choice.FAULTY,
                RaftSettings.CommitRule.CURRENT_TERM);

        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int acknowledged = 0;
        int byHand = 0;
        int withTimers = 0;
        for (long seed = first; seed < first + seeds && failures.size() < 3; seed++) {
            Run run = Exploration.explore(seed, options);
            acknowledged += run.figures().acknowledged();
            if (run.convergedWithTimers()) withTimers++;
            else byHand++;
            if (!run.ok()) failures.add(describe(run));
        }
        System.out.printf("simulation: %d seeds, %d acknowledged writes, %d failing, %.1fs%n",
                byHand + withTimers, acknowledged, failures.size(), (System.nanoTime() - start) / 1e9);
        assertThat(failures).as("failing seeds").isEmpty();
        assertThat(acknowledged).as("the schedules make progress").isGreaterThan(seeds);
        if (seeds >= 100) {
            assertThat(byHand).as("runs converging by hand").isGreaterThan(seeds / 4);
            assertThat(withTimers).as("runs converging with timers on").isGreaterThan(seeds / 4);
        }
    }

    static String describe(Run run) {
        List<String> lines = run.lines();
        return "seed " + run.seed() + " (" + run.setup().nodes() + " nodes): " + run.violation()
                + "\n  last lines: " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 15), lines.size()))
                + "\n  shrink it: raftctl sim --profile faulty --seed " + run.seed();
    }
}
