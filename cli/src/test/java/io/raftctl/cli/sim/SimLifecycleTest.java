package io.raftctl.cli.sim;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** up and down on the simulator behave as on local daemons: a stopped node is unreachable and comes back from disk. */
class SimLifecycleTest {

    private final SimLines sim = new SimLines(1);

    @Test
    void upMakesTheClusterWithTheLinesSettingsAndSaysSoWithoutPidsOrPorts() {
        SimLines.Result r = sim.run("up --nodes 2 --timers off");
        assertThat(r.out()).isEqualTo("""
                simulated cluster of 2 nodes (seed 1, timers off)
                n1 is up (simulated)
                n2 is up (simulated)
                """);
        assertThat(sim.run("up").out()).isEqualTo("n1 is already running\nn2 is already running\n");
        SimLines.Result resize = sim.run("up --nodes 3");
        assertThat(resize.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(resize.error()).isEqualTo("the simulated cluster has 2 nodes, not 3 (add --fresh to start a new one)");
        assertThat(sim.run("up --nodes 3 --fresh").out()).contains("n1 stopped\nn2 stopped\nsimulated cluster of 3 nodes (seed 1, timers on)");
        assertThat(sim.run("-o json up").out()).contains("\"simulated\" : true").contains("\"already_running\" : [ \"n1\", \"n2\", \"n3\" ]");
    }

    @Test
    void aStoppedNodeIsUnreachableUntilUpStartsItFromItsDurableState() {
        sim.ok("up --nodes 3 --timers off", "elect n1", "command add 4", "expect n3 state 4");
        assertThat(sim.run("down --kill n3").out()).isEqualTo("n3 killed\n");
        SimLines.Result expect = sim.run("expect n3 term 1");
        assertThat(expect.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(expect.error()).isEqualTo("node n3 (simulated) is unreachable: not running; 'up n3' starts it");
        SimLines.Result status = sim.run("status");
        assertThat(status.exitCode()).as("the others answer").isZero();
        assertThat(status.out()).containsPattern("n3 +- .* not running");
        assertThat(sim.run("-o json status").out()).contains("\"admin\" : \"simulated\"").contains("\"problem\" : \"not running\"");
        assertThat(sim.run("down n3").out()).isEqualTo("n3 is not running\n");
        sim.ok("command add 1");

        assertThat(sim.run("up n3").out()).isEqualTo("n3 is up (simulated)\n");
        // Back from disk: term and log, nothing volatile, and a trace that starts afresh.
        sim.ok("expect n3 term 1", "expect n3 last-index 2", "expect n3 commit 0", "expect n3 state 0");
        sim.ok("heartbeat", "wait n3 state 5");
        assertThat(sim.run("trace show --format csv").out().lines().filter(l -> l.contains(",N-3,")))
                .as("n3's rows of its first process are gone with it").noneMatch(l -> l.contains("p_v_r"));
    }

    @Test
    void upOfNamedNodesMakesTheClusterAndStartsThoseOnly() {
        assertThat(sim.run("up n1 --timers off").out()).isEqualTo("simulated cluster of 3 nodes (seed 1, timers off)\n"
                + "n1 is up (simulated)\n");
        assertThat(sim.run("expect n2 role FOLLOWER").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(sim.run("up").out()).isEqualTo("n2 is up (simulated)\nn3 is up (simulated)\nn1 is already running\n");
        sim.ok("elect n1", "expect n3 leader n1");
    }

    @Test
    void theWholeClusterDownAndUpComesBackFromDisk() {
        sim.ok("up --nodes 3 --timers off", "elect n2", "command add 3", "down");
        SimLines.Result none = sim.run("status");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(none.error()).isEqualTo("no node of cluster sim is reachable (every node is stopped): 'up' starts them");
        sim.ok("up", "expect n1 term 1", "expect n1 last-index 2", "expect n1 timers off", "elect n3",
                "wait n1 state 3", "expect n3 state 3");
    }

    @Test
    void aSimulatedCrashKeepsTheProcessAndAnswersAsADaemonDoes() {
        sim.ok("up --nodes 3 --timers off", "elect n1", "crash n2");
        SimLines.Result elect = sim.run("elect n2");
        assertThat(elect.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(elect.error()).isEqualTo("node is crashed");
        assertThat(sim.run("-o json status n2", OutputFormat.JSON).out()).contains("\"role\" : \"CRASHED\"").contains("\"term\" : null");
        SimLines.Result heartbeat = sim.run("heartbeat n3");
        assertThat(heartbeat.error()).isEqualTo("not leader; leader is n1");
        SimLines.Result toFollower = sim.run("command --node n3 add 1");
        assertThat(toFollower.error()).isEqualTo("not leader; leader is n1");
        sim.ok("restart n2", "expect n2 commit 0", "heartbeat", "expect n2 commit 1");
    }

    @Test
    void runRefusesOptionsThatMeanNothingOnTheSimulator() {
        SimLines.Result config = SimLines.outside("-c x.yaml run --sim ../examples/leader-explodes.raftctl");
        assertThat(config.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(config.error()).isEqualTo("--sim runs the scripts on a simulated cluster, which reads no cluster file: leave out -c");
        SimLines.Result keep = SimLines.outside("run --sim --keep ../examples/leader-explodes.raftctl");
        assertThat(keep.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(keep.error()).startsWith("--keep is about cluster files");
        SimLines.Result seed = SimLines.outside("run --seed 3 ../examples/leader-explodes.raftctl");
        assertThat(seed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(seed.error()).isEqualTo("--seed chooses the simulator's random choices: it goes with --sim");
    }
}
