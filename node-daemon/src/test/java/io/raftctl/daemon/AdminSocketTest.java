package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.trace.TraceNotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin socket of real raftd processes: authentication, hostile bodies, and the basic actions. */
class AdminSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static LocalCluster cluster;

    @BeforeAll
    static void start() throws IOException {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n").start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (cluster != null) cluster.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static JsonNode status(String id) throws IOException {
        HttpResponse<String> r = cluster.get(id, "/v1/status");
        assertThat(r.statusCode()).as("the daemon keeps serving").isEqualTo(200);
        return json(r);
    }

    @Test
    void theTokenIsGeneratedOwnerOnlyAndRequired() throws IOException {
        Path token = dir.resolve("data/n3/admin.token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        assertThat(cluster.token("n3")).hasSize(64).isNotEqualTo(cluster.token("n2"));

        JsonNode before = status("n3");
        HttpResponse<String> none = cluster.request("n3", "POST", "/v1/elect", "{}", null);
        HttpResponse<String> wrong = cluster.request("n3", "POST", "/v1/elect", "{}", cluster.token("n2"));
        for (HttpResponse<String> r : java.util.List.of(none, wrong)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r).get("code").asText()).isEqualTo("unauthorized");
            assertThat(json(r).get("error").asText()).isEqualTo("missing or wrong bearer token");
        }
        JsonNode after = status("n3");
        assertThat(after.get("role").asText()).as("no effect").isEqualTo(before.get("role").asText());
        assertThat(after.get("term")).isEqualTo(before.get("term"));
        assertThat(after.get("pre_vote_round").asBoolean()).isFalse();
    }

    @Test
    void badBodiesGetOneSentenceAndChangeNothing() throws IOException {
        String[][] cases = {
                {"POST", "/v1/command", "{\"command\": \"add 1\"", "400", "malformed JSON at line 1, column 20"},
                {"POST", "/v1/command", "{\"command\": \"add 1\", \"x\": 1}", "400", "unknown field 'x' (expected command, timeout_ms)"},
                {"POST", "/v1/elect", "{\"force\": \"yes\"}", "400", "field 'force' has the wrong type (expected true or false)"},
                {"POST", "/v1/timers", "{\"on\": 1}", "400", "field 'on' has the wrong type (expected true or false)"},
                {"POST", "/v1/timers", "[]", "400", "the request body must be a JSON object"},
                {"POST", "/v1/timers", "{} {}", "400", "trailing data after the JSON object"},
                {"POST", "/v1/triggers/set", "{\"name\": \"melt\"}", "400", "unknown trigger 'melt' (expected one of explode, error, slow-apply)"},
                {"POST", "/v1/triggers/set", "{\"name\": \"slow-apply\", \"value\": \"soon\"}", "400", "invalid duration 'soon' (expected e.g. 250ms, 2s, 1m)"},
                {"POST", "/v1/net/isolate", "{\"node\": \"n9\"}", "400", "unknown node 'n9'"},
                {"POST", "/v1/net/split", "{\"groups\": [[\"n1\"], [null]]}", "400", "field 'groups' must list lists of node ids, not null"},
                {"POST", "/v1/net/set", "{\"isolated\": [null]}", "400", "field 'isolated' must list node ids, not null"},
                {"POST", "/v1/net/set", "{\"groups\": [[\"n1\", \"n2\", \"n3\"]]}", "400", "a split needs at least two groups"},
                {"GET", "/v1/log?from=x", null, "400", "query parameter 'from' must be an integer, got 'x'"},
                {"GET", "/v1/log?form=1", null, "400", "unknown query parameter 'form'"},
                {"GET", "/v1/trace?events=some", null, "400",
                        "query parameter 'events': unknown trace events 'some' (expected one of default, all)"},
                {"GET", "/v1/elect", null, "405", "/v1/elect takes POST, not GET"},
                {"GET", "/v1/nothing", null, "404", "no such endpoint /v1/nothing"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = cluster.request("n2", c[0], c[1], c[2], cluster.token("n2"));
            assertThat(r.statusCode()).as(c[1] + " " + c[2]).isEqualTo(Integer.parseInt(c[3]));
            assertThat(json(r).get("error").asText()).as(c[1] + " " + c[2]).startsWith(c[4]);
        }
        JsonNode s = status("n2");
        assertThat(s.get("role").asText()).isEqualTo("FOLLOWER");
        assertThat(s.get("timers").asBoolean()).isFalse();
        assertThat(s.get("triggers").size()).isZero();
        assertThat(s.get("net").get("isolated").size()).isZero();
    }

    @Test
    void anOversizedBodyIsRefused() throws IOException {
        String big = "{\"command\": \"" + "a".repeat((1 << 20) + 10) + "\"}";
        HttpResponse<String> r = cluster.post("n1", "/v1/command", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asText()).isEqualTo("too_large");
        status("n1");
    }

    @Test
    void electCommandLogStateCrashAndRestart() throws IOException {
        assertThat(cluster.post("n1", "/v1/elect", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(Duration.ofSeconds(10), () -> role("n1").equals("LEADER"), "n1 to lead");
        JsonNode r = json(cluster.post("n1", "/v1/command", "{\"command\": \"add 5\"}"));
        assertThat(r.get("ok").asBoolean()).isTrue();
        assertThat(r.get("value").asText()).isEqualTo("5");
        long index = r.get("index").asLong();

        long lastIndex = index;
        for (int i = 0; i < 30; i++) {
            // Whoever reads status right after an answer sees the state that produced it: no waiting here.
            JsonNode answer = json(cluster.post("n1", "/v1/command", "{\"command\": \"get\"}"));
            lastIndex = answer.get("index").asLong();
            assertThat(status("n1").get("applied").asLong()).isGreaterThanOrEqualTo(lastIndex);
        }

        JsonNode notLeader = json(cluster.post("n2", "/v1/command", "{\"command\": \"add 1\"}"));
        assertThat(notLeader.get("status").asText()).isEqualTo("NOT_LEADER");
        assertThat(notLeader.get("error").asText()).isEqualTo("not leader; leader is n1");
        JsonNode invalid = json(cluster.post("n1", "/v1/command", "{\"command\": \"add five\"}"));
        assertThat(invalid.get("status").asText()).isEqualTo("INVALID");
        assertThat(invalid.get("error").asText()).isEqualTo("invalid command: 'five' is not an integer");

        JsonNode log = json(cluster.get("n1", "/v1/log?from=" + index));
        assertThat(log.get("entries").get(0).get("command").asText()).isEqualTo("add 5");
        assertThat(log.get("entries").get(0).get("committed").asBoolean()).isTrue();
        LocalCluster.await(Duration.ofSeconds(5), () -> total("n3") == 5, "n3 to apply");

        assertThat(cluster.post("n3", "/v1/crash", "{}").statusCode()).isEqualTo(200);
        JsonNode crashed = status("n3");
        assertThat(crashed.get("role").asText()).isEqualTo("CRASHED");
        assertThat(crashed.get("commit").isNull()).isTrue();
        assertThat(crashed.get("term").isNull()).isTrue();
        HttpResponse<String> refused = cluster.post("n3", "/v1/elect", "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("error").asText()).isEqualTo("node is crashed");
        assertThat(cluster.get("n3", "/v1/state").statusCode()).isEqualTo(409);

        assertThat(cluster.post("n3", "/v1/restart", "{}").statusCode()).isEqualTo(200);
        JsonNode back = status("n3");
        assertThat(back.get("role").asText()).isEqualTo("FOLLOWER");
        assertThat(back.get("commit").asLong()).as("volatile").isZero();
        assertThat(back.get("last_index").asLong()).as("durable").isEqualTo(lastIndex);
        assertThat(cluster.post("n1", "/v1/heartbeat", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(Duration.ofSeconds(5), () -> total("n3") == 5, "n3 to rebuild its state");
    }

    @Test
    void triggerChangesAndFailedAppliesAreTraceRowsShownOnRequest() throws IOException {
        assertThat(cluster.post("n1", "/v1/elect", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(Duration.ofSeconds(10), () -> role("n1").equals("LEADER"), "n1 to lead");
        assertThat(cluster.post("n2", "/v1/triggers/set", "{\"name\": \"error\"}").statusCode()).isEqualTo(200);
        JsonNode answer = json(cluster.post("n1", "/v1/command", "{\"command\": \"get\"}"));
        assertThat(answer.get("ok").asBoolean()).as("the leader applies it").isTrue();
        String failed = "APPLY FAILED i-" + answer.get("index").asLong() + " error";
        LocalCluster.await(Duration.ofSeconds(5), () -> traceOps("n2", "?events=all").contains(failed), "n2 to fail the apply");
        assertThat(cluster.post("n2", "/v1/triggers/clear", "{}").statusCode()).isEqualTo(200);
        assertThat(cluster.post("n1", "/v1/heartbeat", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(Duration.ofSeconds(5), () -> !hasApplyError("n2"), "n2 to retry");

        assertThat(traceOps("n2", "?events=all")).containsSubsequence("TRIGGER SET error", failed, "TRIGGER CLEAR");
        assertThat(traceOps("n2", "?events=default")).isEqualTo(traceOps("n2", ""))
                .noneMatch(op -> op.startsWith("TRIGGER") || op.startsWith("APPLY FAILED"));
    }

    private static List<String> traceOps(String id, String query) {
        try {
            HttpResponse<String> r = cluster.get(id, "/v1/trace" + query);
            assertThat(r.statusCode()).isEqualTo(200);
            AdminDtos.TraceResponse trace = JSON.readValue(r.body(), AdminDtos.TraceResponse.class);
            assertThat(trace.format()).isEqualTo(AdminDtos.TRACE_FORMAT);
            TraceNotation notation = new TraceNotation(trace.members());
            List<String> ops = new ArrayList<>();
            for (AdminDtos.TraceEventDto e : trace.events()) ops.add(notation.op(TraceEventMapping.fromDto(id, e)));
            return ops;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasApplyError(String id) {
        try {
            return !status(id).get("apply_error").isNull();
        } catch (IOException e) {
            return true;
        }
    }

    private static String role(String id) {
        try {
            return status(id).get("role").asText();
        } catch (IOException e) {
            return "unreachable";
        }
    }

    private static long total(String id) {
        try {
            HttpResponse<String> r = cluster.get(id, "/v1/state");
            return r.statusCode() == 200 ? json(r).get("total").asLong() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
