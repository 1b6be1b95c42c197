package io.raftctl.sim;

import io.raftctl.raft.RaftSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random schedules of delivery, loss, duplication, reordering, crashes, partitions, timers and client
 * commands on 3- and 5-node clusters, checked for Raft's safety properties after every step.
 * {@code -Dsim.seed=S} reruns one seed; {@code -Dsim.seeds=N} and {@code -Dsim.firstSeed=F} choose the range.
 */
class RandomizedSimulationTest {

    private static final int STEPS = 1000;

    @Test
    void everySeedKeepsRaftSafe() {
        String single = System.getProperty("sim.seed");
        long first = single != null ? Long.parseLong(single) : Long.getLong("sim.firstSeed", 1);
        int seeds = single != null ? 1 : Integer.getInteger("sim.seeds", 2000);
        Duration budget = Duration.ofSeconds(Long.getLong("sim.budgetSeconds", 120));

        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int ran = 0;
        int acknowledged = 0;
        for (long seed = first; seed < first + seeds; seed++) {
            RandomScenario.Outcome o = new RandomScenario(seed, STEPS, RaftSettings.CommitRule.CURRENT_TERM).run();
            ran++;
            acknowledged += o.acknowledged();
            if (!o.ok()) failures.add(describe(o));
            if (failures.size() >= 3 || Duration.ofNanos(System.nanoTime() - start).compareTo(budget) > 0) break;
        }
        System.out.printf("simulation: %d seeds, %d acknowledged writes, %d failing, %.1fs%n",
                ran, acknowledged, failures.size(), (System.nanoTime() - start) / 1e9);
        assertThat(failures).as("failing seeds").isEmpty();
        assertThat(ran).as("seeds run within the time budget").isEqualTo(seeds);
        assertThat(acknowledged).as("the schedules make progress").isGreaterThan(seeds);
    }

    static String describe(RandomScenario.Outcome o) {
        return "seed " + o.seed() + " (" + o.nodes() + " nodes): " + String.join("; ", o.violations())
                + "\n  last actions: " + String.join(" | ", o.lastActions())
                + "\n  rerun: mvn -B -pl node-daemon test -Dtest=RandomizedSimulationTest -Dsim.seed=" + o.seed();
    }
}
