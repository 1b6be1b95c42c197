package io.raftctl.cli.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** -o json of the simulator-only lines: one document each, as docs/json-output.md describes. */
class SimJsonOutputTest {

    private final SimLines sim = new SimLines(1);

    @Test
    void eachSimulatorOnlyLinePrintsOneDocument() throws IOException {
        sim.ok("up --nodes 3 --timers off", "net hold", "elect n1");
        JsonNode deliver = document("deliver n1 n2 p_v_r");
        assertThat(deliver.path("action").asText()).isEqualTo("deliver");
        assertThat(deliver.path("from").asText()).isEqualTo("n1");
        assertThat(deliver.path("kind").asText()).isEqualTo("p_v_r");
        assertThat(deliver.path("detail").asText()).isEqualTo("delivered p_v_r+N-2 t-1 li-0 lt-0 (n1 to n2)");
        JsonNode drop = document("drop n1 n3");
        assertThat(drop.path("action").asText()).isEqualTo("drop");
        assertThat(drop.path("kind").isNull()).isTrue();
        JsonNode stabilize = document("stabilize");
        assertThat(stabilize.path("delivered").asInt()).isPositive();
        JsonNode tick = document("tick 300ms");
        assertThat(tick.path("ticked_ms").asLong()).isEqualTo(300);
        assertThat(tick.path("now_ms").asLong()).isEqualTo(300);
    }

    @Test
    void statusOnTheSimulatorHasNoPidAndSimulatedUptime() throws IOException {
        sim.ok("up --nodes 3 --timers off", "sleep 1500ms");
        JsonNode n1 = document("status n1").path("nodes").get(0);
        assertThat(n1.path("pid").asLong()).isZero();
        assertThat(n1.path("uptime_ms").asLong()).isEqualTo(1500);
        assertThat(n1.path("cluster").asText()).isEqualTo("sim");
    }

    @Test
    void documentsKeepTheOrderOfDocsJsonOutput() throws IOException {
        sim.ok("up --nodes 3 --timers off", "elect n1");
        assertThat(fields(document("propose n2 add 1"))).containsExactly("ok", "action", "node", "command", "request",
                "answered", "status", "error");
        sim.ok("net hold", "heartbeat");
        assertThat(fields(document("duplicate n1 n3"))).containsExactly("ok", "action", "from", "to", "kind", "detail");
        assertThat(fields(document("deliver n1 n2"))).containsExactly("ok", "action", "from", "to", "kind", "detail");
        assertThat(fields(document("stabilize"))).containsExactly("ok", "action", "delivered");
        assertThat(fields(document("tick 10ms"))).containsExactly("ok", "action", "ticked_ms", "now_ms");
        assertThat(fields(document("disk n1 heal"))).containsExactly("ok", "action", "node", "fault", "injected");
        assertThat(fields(document("up"))).containsExactly("ok", "config", "simulated", "seed", "created", "started",
                "already_running", "net_rules_set");
        assertThat(fields(document("down n3"))).containsExactly("ok", "stopped", "not_running", "killed");
    }

    private static List<String> fields(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode document(String line) throws IOException {
        SimLines.Result r = sim.run(line, OutputFormat.JSON);
        assertThat(r.exitCode()).as(line + ": " + r.error()).isZero();
        return Json.MAPPER.readTree(r.out());
    }
}
