package io.raftctl.cli.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator-only lines raftctl sim writes besides deliver and drop: propose, duplicate, and up's engine settings. */
class ExplorationLinesTest {

    private final SimLines sim = new SimLines(1);

    @Test
    void proposeSubmitsWithoutWaitingSoThatItsMessagesCanBeDeliveredByHand() {
        sim.ok("up --nodes 3 --timers off", "net hold", "elect n1", "stabilize");
        SimLines.Result r = sim.run("propose n1 add 5");
        assertThat(r.exitCode()).as(r.error()).isZero();
        assertThat(r.out()).isEqualTo("proposed 'add 5' at n1\n");
        sim.ok("expect n1 held 2", "expect n1 last-index 2", "expect n1 commit 1", "expect n2 last-index 1");
        sim.ok("deliver n1 n2 ae", "deliver n2 n1 ae_reply", "expect n1 commit 2", "expect n1 state 5", "expect n3 last-index 1");
        assertThat(sim.world.cluster().result(1)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
    }

    @Test
    void proposeAtAFollowerPrintsItsAnswerAndAtACrashedNodeFails() {
        sim.ok("up --nodes 3 --timers off", "elect n1");
        assertThat(sim.run("propose n2 add 1").out()).isEqualTo("proposed 'add 1' at n2: not leader; leader is n1\n");
        sim.ok("crash n3");
        SimLines.Result crashed = sim.run("propose n3 add 1");
        assertThat(crashed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(crashed.error()).isEqualTo("node is crashed");
    }

    @Test
    void duplicatePutsACopyBehindEverythingInFlight() {
        sim.ok("up --nodes 3 --timers off", "net hold", "elect n1");
        SimLines.Result r = sim.run("duplicate n1 n2 p_v_r");
        assertThat(r.exitCode()).as(r.error()).isZero();
        assertThat(r.out()).isEqualTo("duplicated p_v_r+N-2 t-1 li-0 lt-0 (n1 to n2)\n");
        sim.ok("expect n1 held 3");
        assertThat(sim.run("net pending n1").out()).contains("1. p_v_r+N-2").contains("2. p_v_r+N-3").contains("3. p_v_r+N-2");
        assertThat(sim.run("duplicate n2 n1").exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void proposeAndDuplicatePrintOneJsonDocument() throws IOException {
        sim.ok("up --nodes 3 --timers off", "elect n1");
        JsonNode propose = Json.MAPPER.readTree(sim.run("propose n2 add 1", OutputFormat.JSON).out());
        assertThat(propose.path("action").asText()).isEqualTo("propose");
        assertThat(propose.path("answered").asBoolean()).isTrue();
        assertThat(propose.path("status").asText()).isEqualTo("NOT_LEADER");
        assertThat(propose.path("error").asText()).isEqualTo("not leader; leader is n1");
        JsonNode waiting = Json.MAPPER.readTree(sim.run("propose n1 add 1", OutputFormat.JSON).out());
        assertThat(waiting.path("answered").asBoolean()).as("the network delivered: n1 has answered").isTrue();
        assertThat(waiting.path("status").asText()).isEqualTo("OK");
        sim.ok("net hold", "heartbeat");
        JsonNode duplicate = Json.MAPPER.readTree(sim.run("duplicate n1 n3", OutputFormat.JSON).out());
        assertThat(duplicate.path("action").asText()).isEqualTo("duplicate");
        assertThat(duplicate.path("kind").isNull()).isTrue();
        assertThat(duplicate.path("detail").asText()).startsWith("duplicated ae+N-3 ");
    }

    @Test
    void upSetsTheSimulatedEnginesBatchAndWindow() {
        sim.ok("up --nodes 3 --timers off --max-entries-per-message 1 --max-inflight 2");
        assertThat(sim.world.cluster().settings().maxEntriesPerMessage()).isEqualTo(1);
        assertThat(sim.world.cluster().settings().maxInflight()).isEqualTo(2);
        SimLines.Result later = sim.run("up --max-inflight 5");
        assertThat(later.exitCode()).isZero();
        assertThat(later.err()).contains("--max-entries-per-message and --max-inflight apply when the simulated cluster is created");
        assertThat(sim.run("up --fresh --max-entries-per-message 0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theNewLinesAndOptionsAreRefusedOnRealDaemons() {
        for (String line : List.of("propose n1 add 1", "duplicate n1 n2")) {
            SimLines.Result r = SimLines.outside(line);
            assertThat(r.exitCode()).as(line).isEqualTo(ExitCodes.USAGE);
            assertThat(r.error()).isEqualTo("'" + line.split(" ")[0] + "' works only on the simulator (raftctl run --sim)");
        }
        SimLines.Result up = SimLines.outside("up --max-entries-per-message 1");
        assertThat(up.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(up.error()).startsWith("--max-entries-per-message and --max-inflight are for the simulator");
        assertThat(SimLines.outside("run --commit-rule count-replicas x.raftctl").error())
                .isEqualTo("--commit-rule changes the simulated engine: it goes with --sim");
    }

    @Test
    void diskAtAnUnknownNodeIsAUsageErrorNamingTheClustersNodes() {
        sim.ok("up --nodes 3 --timers off");
        SimLines.Result r = sim.run("disk n9 heal");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).isEqualTo("unknown node 'n9' (cluster has n1, n2, n3)");
        assertThat(sim.run("disk n1 heal").exitCode()).isZero();
    }

    @Test
    void aNodeWhoseStorageRefusesToOpenStaysDownAndStatusSaysWhy() throws IOException {
        sim.ok("up --nodes 3 --timers off", "elect n1", "command add 1", "command add 2", "command add 3",
                "disk n2 bit-flip", "crash n2", "restart n2");
        JsonNode n2 = Json.MAPPER.readTree(sim.run("status n2", OutputFormat.JSON).out()).get("nodes").get(0);
        assertThat(n2.get("role").asText()).isEqualTo("CRASHED");
        assertThat(n2.get("apply_error").asText()).startsWith("storage refuses to open: ");
        assertThat(sim.run("status n3", OutputFormat.JSON).out()).contains("\"apply_error\" : null");
    }
}
