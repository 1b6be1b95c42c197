package io.raftctl.cli.sim;

import io.raftctl.cli.ExitCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On the simulator, sleep, wait and a command's timeout let simulated time pass: the clock is the world's. */
class SimTimeTest {

    private final SimLines sim = new SimLines(1);

    @Test
    void sleepMovesTheSimulatedClockByItsDurationExactly() {
        sim.ok("sleep 2s");
        assertThat(sim.world.nowMs()).isEqualTo(2_000);
        sim.ok("up --nodes 3 --timers off", "sleep 250ms");
        assertThat(sim.world.nowMs()).isEqualTo(2_250);
        assertThat(sim.world.cluster().now()).as("the cluster's own clock, since it was made").isEqualTo(250);
    }

    @Test
    void waitWithTimersOnLetsSimulatedTimePassUntilALeaderIsElected() {
        sim.ok("up --nodes 3");
        // Seed 1 elects n2 (SimScriptsTest shows that seeds decide); no wall-clock time is involved.
        SimLines.Result r = sim.run("wait n2 role LEADER --timeout 10s");
        assertThat(r.exitCode()).as(r.error()).isZero();
        long electedAt = sim.world.nowMs();
        assertThat(electedAt).as("at least one election timeout, well before the timeout")
                .isBetween(150L, 5_000L);
        SimLines.Result never = sim.run("wait n1 role LEADER --timeout 3s");
        assertThat(never.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(never.error()).isEqualTo("timed out after 3s waiting for n1 role == LEADER; it was FOLLOWER");
        assertThat(sim.world.nowMs() - electedAt).as("the whole timeout, in simulated time").isEqualTo(3_000);
    }

    @Test
    void waitWithTimersOffSeesNothingHappenAndTimesOutInSimulatedTime() {
        sim.ok("up --nodes 3 --timers off");
        SimLines.Result r = sim.run("wait n1 role LEADER --timeout 10s");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(sim.world.nowMs()).isEqualTo(10_000);
    }

    @Test
    void aCommandThatCannotCommitTimesOutAfterItsTimeoutOfSimulatedTime() {
        sim.ok("up --nodes 3 --timers off", "elect n1", "net isolate n1");
        SimLines.Result r = sim.run("command --timeout 700ms add 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).isEqualTo("timed out; outcome unknown");
        assertThat(sim.world.nowMs()).isEqualTo(700);
        sim.ok("expect n1 last-index 2", "expect n1 commit 1");
    }

    @Test
    void aCommittedCommandAnswersWithoutTimePassing() {
        sim.ok("up --nodes 3 --timers off", "elect n1");
        SimLines.Result r = sim.run("command add 5");
        assertThat(r.out()).isEqualTo("5 (index 2)\n");
        assertThat(sim.world.nowMs()).isZero();
    }
}
