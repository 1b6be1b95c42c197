package io.raftctl.cli.sim;

import io.raftctl.cli.ExitCodes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deliver, drop, stabilize and tick: they act on the messages held nodes keep in flight and on simulated time, and
 * are refused on real daemons; the lines that need real daemons are refused on the simulator.
 */
class SimulatorOnlyLinesTest {

    private final SimLines sim = new SimLines(1);

    @Test
    void deliverHandsOverTheOldestMessageOfTheKindAskedFor() {
        sim.ok("up --nodes 3 --timers off", "net hold", "elect n1");
        // n1 holds its pre-vote requests; n3's is delivered alone, and n3's answer waits, held too.
        SimLines.Result r = sim.run("deliver n1 n3 p_v_r");
        assertThat(r.exitCode()).as(r.error()).isZero();
        assertThat(r.out()).isEqualTo("delivered p_v_r+N-3 t-1 li-0 lt-0 (n1 to n3)\n");
        sim.ok("expect n1 held 1", "expect n3 held 1", "expect n2 held 0", "expect n1 term 0");
        assertThat(sim.run("net pending n3").out()).contains("1. p_v+N-1 yes-True");
        SimLines.Result wrongKind = sim.run("deliver n1 n2 ae");
        assertThat(wrongKind.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrongKind.error()).isEqualTo("no message of kind ae from n1 to n2 is in flight; in flight: "
                + "p_v_r+N-2 t-1 li-0 lt-0 (n1 to n2), p_v+N-1 yes-True (n3 to n1)");
        // n3's yes and n1's own are a majority: n1 moves to term 1 and queues its vote requests.
        sim.ok("deliver n3 n1 p_v", "expect n1 term 1", "expect n1 held 3");
        assertThat(sim.run("deliver n1 n2 bogus").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sim.run("deliver n1 n9").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aDroppedMessageIsNeverReceived() {
        sim.ok("up --nodes 3 --timers off", "net hold", "elect n1");
        SimLines.Result r = sim.run("drop n1 n2");
        assertThat(r.exitCode()).as(r.error()).isZero();
        assertThat(r.out()).isEqualTo("dropped p_v_r+N-2 t-1 li-0 lt-0 (n1 to n2)\n");
        assertThat(sim.run("must-fail --match \"no message from n1 to n2\" deliver n1 n2").exitCode()).isZero();
        // Everything else is delivered: n1 wins with n3 alone; n2 only ever hears its vote request.
        sim.ok("stabilize", "expect n1 role LEADER", "expect n2 term 1", "expect n2 leader n1");
        String csv = sim.run("trace show --format csv").out();
        List<String> n2Received = csv.lines().filter(l -> l.contains(",N-2,") && l.contains("N-1+")).toList();
        assertThat(n2Received).isNotEmpty().noneMatch(l -> l.contains("p_v_r"));
        assertThat(csv).contains(",N-3,FLWR,N-1+p_v_r t-1 li-0 lt-0,");
    }

    @Test
    void stabilizeDeliversEverythingInFlightHeldOrNotAndHoldingGoesOn() {
        sim.ok("up --nodes 3 --timers off", "net hold", "elect n1");
        SimLines.Result r = sim.run("stabilize");
        assertThat(r.exitCode()).as(r.error()).isZero();
        assertThat(r.out()).matches("delivered \\d+ messages; nothing is in flight\n");
        sim.ok("expect n1 role LEADER", "expect n2 commit 1", "expect n3 commit 1", "expect n1 held 0");
        assertThat(sim.world.cluster().inFlight()).isEmpty();
        sim.ok("heartbeat", "expect n1 held 2");
        assertThat(sim.run("stabilize").out()).isEqualTo("delivered 4 messages; nothing is in flight\n");
    }

    @Test
    void tickWithTimersOnElectsALeaderTheSameWayForTheSameSeed() {
        sim.ok("up --nodes 3", "expect n1 role FOLLOWER", "expect n2 role FOLLOWER", "expect n3 role FOLLOWER");
        SimLines.Result tick = sim.run("tick 1s");
        assertThat(tick.out()).isEqualTo("simulated time is 1s (+1s)\n");
        String status = sim.run("status").out();
        assertThat(status.lines().filter(l -> l.matches("n\\d +LEADER .*")).count()).as(status).isEqualTo(1);

        SimLines again = new SimLines(1);
        again.ok("up --nodes 3", "tick 1s");
        assertThat(again.run("status").out()).isEqualTo(status);
        assertThat(again.run("trace show --format csv").out()).isEqualTo(sim.run("trace show --format csv").out());
    }

    @Test
    void theSimulatorOnlyLinesAreRefusedOnRealDaemons() {
        for (String line : List.of("deliver n1 n2", "drop n1 n2 ae", "stabilize", "tick 1s")) {
            SimLines.Result r = SimLines.outside(line);
            String word = line.split(" ")[0];
            assertThat(r.exitCode()).as(line).isEqualTo(ExitCodes.USAGE);
            assertThat(r.error()).isEqualTo("'" + word + "' works only on the simulator (raftctl run --sim)");
        }
    }

    @Test
    void linesThatNeedRealDaemonsOrATerminalAreRefusedOnTheSimulator() {
        sim.ok("up --nodes 3 --timers off");
        for (String line : List.of("bench", "chaos --duration 1s", "demo", "watch status", "shell", "completion bash",
                "man up", "run x.raftctl")) {
            SimLines.Result r = sim.run(line);
            assertThat(r.exitCode()).as(line + ": " + r.error()).isEqualTo(ExitCodes.USAGE);
            String word = line.startsWith("watch") ? "watch status" : line.split(" ")[0];
            assertThat(r.error()).as(line).startsWith("'" + word + "' does not run on the simulator (raftctl run --sim): ");
        }
        SimLines.Result withConfig = sim.run("status -c other.yaml");
        assertThat(withConfig.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withConfig.error()).contains("-c names a cluster file").contains("leave it out");
        assertThat(sim.run("help deliver").exitCode()).as("help works anywhere").isZero();
    }

    @Test
    void linesBeforeTheScriptsUpSayHowToStartTheSimulatedCluster() {
        SimLines.Result r = sim.run("status");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).startsWith("there is no simulated cluster yet: start one with 'up --nodes N'");
        assertThat(sim.run("echo hello").out()).isEqualTo("hello\n");
    }
}
