package io.raftctl.cli.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.client.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * raftctl sim in process. The first test is the CI run of the contract, 'raftctl sim --seeds 2000' (every profile, by
 * seed); its time goes in docs/reliability.md, not in an assertion.
 */
class SimCommandTest {

    @Test
    void twoThousandSeedsOfEveryProfileKeepRaftSafe() {
        SimLines.Result r = SimLines.outside("sim --seeds 2000");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        System.out.println(r.out());
        assertThat(r.out()).contains("explored 2000 seeds (1 to 2000), 1000 steps each, profile mixed (calm 667, faulty 666,"
                + " swarm 667): no violation\n");
        assertThat(r.out()).containsPattern("\nlines: deliver \\d+, ").contains(", propose ").contains(", trigger set ")
                .containsPattern("\nacknowledged writes [1-9]\\d{4,}, highest term \\d+, longest log [1-9]\\d\\d+ entries, ");
        assertThat(r.out()).as("progress off a terminal: plain lines").contains("sim: 50% (1000/2000)\n");
    }

    @Test
    void jsonIsOneDocumentWithTheFigures() throws IOException {
        SimLines.Result r = SimLines.outside("-o json sim --seeds 20 --profile calm --steps 200");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.path("ok").asBoolean()).isTrue();
        assertThat(doc.path("seeds").asInt()).isEqualTo(20);
        assertThat(doc.path("first_seed").asInt()).isEqualTo(1);
        assertThat(doc.path("steps").asInt()).isEqualTo(200);
        assertThat(doc.path("profile").asText()).isEqualTo("calm");
        assertThat(doc.path("profiles").path("calm").asInt()).isEqualTo(20);
        assertThat(doc.path("lines").path("propose").asLong()).isPositive();
        assertThat(doc.path("lines").path("up").asLong()).isEqualTo(20);
        assertThat(doc.path("acknowledged_writes").asLong()).isPositive();
        assertThat(doc.path("max_log_length").asLong()).isPositive();
        assertThat(doc.path("violation").isNull()).isTrue();
        assertThat(fieldNames(doc)).as("the order docs/json-output.md gives").containsExactly("ok", "first_seed", "seeds",
                "steps", "nodes", "profile", "profiles", "lines", "acknowledged_writes", "max_term", "max_log_length",
                "seconds", "violation");
    }

    @Test
    void aViolationInJsonCarriesTheScriptAndTheReplayLine() throws IOException {
        SimLines.Result r = SimLines.outside("-o json sim --commit-rule count-replicas --seed 1528 --profile faulty");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.path("ok").asBoolean()).isFalse();
        JsonNode v = doc.path("violation");
        assertThat(v.path("seed").asInt()).isEqualTo(1528);
        assertThat(v.path("invariant").asText()).isEqualTo("leader completeness");
        assertThat(v.path("script_invariant").asText()).isEqualTo("leader completeness");
        assertThat(v.path("script_lines").asInt()).isEqualTo(v.path("script").size()).isLessThan(v.path("found_at_line").asInt());
        assertThat(v.path("script").get(1).asText()).isEqualTo("net hold");
        assertThat(v.path("replay").asText()).isEqualTo("raftctl run --sim --seed 1528 --commit-rule count-replicas FILE");
        assertThat(v.path("file").isNull()).isTrue();
        assertThat(fieldNames(v)).as("the order docs/json-output.md gives").containsExactly("seed", "profile", "nodes",
                "invariant", "detail", "found_at_line", "script", "script_lines", "script_invariant", "script_detail",
                "shrink_replays", "shrink_budget_exhausted", "shrink_seconds", "file", "replay");
    }

    private static List<String> fieldNames(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theSameSeedFindsAndShrinksTheSameWay() {
        String line = "sim --commit-rule count-replicas --seed 1528 --profile faulty";
        SimLines.Result first = SimLines.outside(line);
        SimLines.Result again = SimLines.outside(line);
        String script = first.out().substring(first.out().indexOf("# Found by"));
        assertThat(again.out()).contains(script.substring(0, script.indexOf("\nsave the script")));
        assertThat(first.out()).contains("save the script above as seed-1528.raftctl, then replay it:\n"
                + "replay: raftctl run --sim --seed 1528 --commit-rule count-replicas seed-1528.raftctl\n");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(SimLines.outside("sim --profile bogus").error()).isEqualTo("unknown profile 'bogus' (expected one of calm,"
                + " faulty, swarm, mixed)");
        assertThat(SimLines.outside("sim --seeds 0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(SimLines.outside("sim --nodes 0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(SimLines.outside("sim --commit-rule sometimes").exitCode()).isEqualTo(ExitCodes.USAGE);
        SimLines.Result inScript = new SimLines(1).run("sim --seeds 1");
        assertThat(inScript.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inScript.error()).isEqualTo("'sim' does not run on the simulator (raftctl run --sim): it runs simulated"
                + " clusters of its own; run it outside the script");
    }
}
