package io.raftctl.cli.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;

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

    private JsonNode document(String line) throws IOException {
        SimLines.Result r = sim.run(line, OutputFormat.JSON);
        assertThat(r.exitCode()).as(line + ": " + r.error()).isZero();
        return Json.MAPPER.readTree(r.out());
    }
}
