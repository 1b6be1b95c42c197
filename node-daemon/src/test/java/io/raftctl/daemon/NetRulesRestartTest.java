package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partition rules on real raftd processes: they survive SIGKILL and a simulated crash, heal removes them
 * everywhere, a damaged rules file starts the node isolated, and a pair is cut as soon as either end has the rule.
 *
 * <p>"n2 hears nothing" is checked after an event that the same messages would have brought it: n1 sends each
 * AppendEntries to n2 and n3 together, so once n3 has applied a command, n2 would have it too if it got through.
 */
class NetRulesRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    private LocalCluster cluster;

    @AfterEach
    void stop() throws InterruptedException {
        if (cluster != null) cluster.close();
    }

    @Test
    void anIsolatedNodeComesBackIsolatedAfterSigkillUntilHeal() throws Exception {
        startWithLeaderN1AndOneCommand();
        everyNode("/v1/net/isolate", "{\"node\": \"n2\"}");
        for (String id : cluster.ids) {
            assertThat(rulesFile(id)).content().isEqualTo("{\"format\":1,\"isolated\":[\"n2\"],\"groups\":[]}\n");
        }

        ok(cluster.post("n2", "/v1/crash", "{}"));
        ok(cluster.post("n2", "/v1/restart", "{}"));
        assertThat(net("n2").get("isolated")).as("a simulated crash keeps the rules").hasToString("[\"n2\"]");

        cluster.kill("n2");
        cluster.launch("n2");
        cluster.awaitUp("n2");
        assertThat(net("n2").get("isolated")).hasToString("[\"n2\"]");
        assertThat(net("n2").get("cut_off").asBoolean()).isTrue();
        assertThat(Files.readString(dir.resolve("data/n2/raftd.log")))
                .contains("network rules from " + rulesFile("n2") + " in force before connecting to any peer: isolated n2");

        commandAtN1("add 2");
        awaitTotal("n3", 3);
        assertThat(status("n2").get("last_index").asLong()).as("n2 got no entries").isEqualTo(2);
        assertThat(status("n2").get("commit").asLong()).as("n2 heard of no commit").isZero();

        everyNode("/v1/net/heal", "{}");
        for (String id : cluster.ids) assertThat(rulesFile(id)).as("heal removes the file at " + id).doesNotExist();
        ok(cluster.post("n1", "/v1/heartbeat", "{}"));
        awaitTotal("n2", 3);
    }

    @Test
    void aPairIsCutWhenOnlyOneEndHasTheRule() throws Exception {
        startWithLeaderN1AndOneCommand();
        cluster.kill("n2");
        // n2 is down: only n1 and n3 hear of its isolation, and n2 comes back with no rules of its own.
        for (String id : List.of("n1", "n3")) ok(cluster.post(id, "/v1/net/isolate", "{\"node\": \"n2\"}"));
        cluster.launch("n2");
        cluster.awaitUp("n2");
        assertThat(rulesFile("n2")).doesNotExist();
        assertThat(net("n2").get("isolated")).isEmpty();

        // n2 campaigns in term 2: had its RequestVote reached n1 or n3, they would have left term 1.
        ok(cluster.post("n2", "/v1/elect", "{}"));
        LocalCluster.await(WAIT, () -> term("n2") == 2, "n2 to campaign in term 2");
        commandAtN1("add 2");
        awaitTotal("n3", 3);
        assertThat(term("n1")).isEqualTo(1);
        assertThat(term("n3")).isEqualTo(1);
        assertThat(status("n2").get("last_index").asLong()).as("n2 got no entries").isEqualTo(2);

        // What 'raftctl up' does for a node that missed the rules: give it the others' rules.
        ok(cluster.post("n2", "/v1/net/set", "{\"isolated\": [\"n2\"], \"groups\": []}"));
        assertThat(net("n2").get("isolated")).hasToString("[\"n2\"]");
        assertThat(rulesFile("n2")).exists();
    }

    @Test
    void aDamagedRulesFileStartsTheNodeIsolatedAndSaysSoOnce() throws Exception {
        startWithLeaderN1AndOneCommand();
        cluster.kill("n2");
        Files.writeString(rulesFile("n2"), "{\"format\":1,\"isolated\":[\"n");
        cluster.launch("n2");
        cluster.awaitUp("n2");
        String sentence = "network rules file " + rulesFile("n2") + " is unreadable (not valid JSON), so n2 starts"
                + " isolated from every peer until 'raftctl net heal' or new rules replace it";
        assertThat(Files.readAllLines(dir.resolve("data/n2/raftd.log")).stream().filter(l -> l.contains("net-rules.json")))
                .singleElement().asString().endsWith(sentence);
        assertThat(cluster.output("n2")).contains("raftd: warning: " + sentence);
        assertThat(net("n2").get("isolated")).hasToString("[\"n2\"]");

        commandAtN1("add 2");
        awaitTotal("n3", 3);
        assertThat(status("n2").get("last_index").asLong()).as("n2 got no entries").isEqualTo(2);

        everyNode("/v1/net/heal", "{}");
        assertThat(rulesFile("n2")).doesNotExist();
        ok(cluster.post("n1", "/v1/heartbeat", "{}"));
        awaitTotal("n2", 3);
    }

    // ---------------------------------------------------------------- helpers

    /** Three nodes, timers off, pre-vote off (so that a campaign moves the term), n1 leading, "add 1" applied everywhere. */
    private void startWithLeaderN1AndOneCommand() throws Exception {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n  pre_vote: false\n").start();
        ok(cluster.post("n1", "/v1/elect", "{}"));
        LocalCluster.await(WAIT, () -> "LEADER".equals(role("n1")), "n1 to lead");
        commandAtN1("add 1");
        for (String id : cluster.ids) awaitTotal(id, 1);
    }

    private void everyNode(String path, String body) throws IOException {
        for (String id : cluster.ids) ok(cluster.post(id, path, body));
    }

    private void commandAtN1(String command) throws IOException {
        JsonNode r = JSON.readTree(cluster.post("n1", "/v1/command", "{\"command\": \"" + command + "\"}").body());
        assertThat(r.get("ok").asBoolean()).as(r.toString()).isTrue();
    }

    private static void ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private Path rulesFile(String id) {
        return dir.resolve("data").resolve(id).resolve("net-rules.json");
    }

    private JsonNode status(String id) throws IOException {
        HttpResponse<String> r = cluster.get(id, "/v1/status");
        ok(r);
        return JSON.readTree(r.body());
    }

    private JsonNode net(String id) throws IOException {
        return status(id).get("net");
    }

    private String role(String id) {
        try {
            return status(id).get("role").asText();
        } catch (IOException e) {
            return null;
        }
    }

    private long term(String id) {
        try {
            return status(id).get("term").asLong();
        } catch (IOException e) {
            return -1;
        }
    }

    private void awaitTotal(String id, long total) {
        LocalCluster.await(WAIT, () -> total(id) == total, id + " to apply up to a total of " + total);
    }

    private long total(String id) {
        try {
            HttpResponse<String> r = cluster.get(id, "/v1/state");
            return r.statusCode() == 200 ? JSON.readTree(r.body()).get("total").asLong() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
