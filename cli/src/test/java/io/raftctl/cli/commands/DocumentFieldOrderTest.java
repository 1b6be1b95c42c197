package io.raftctl.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents print their fields in the order docs/json-output.md gives, on every run. */
class DocumentFieldOrderTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void fakeCluster() throws IOException {
        cluster = new FakeCluster(dir, 3, "n3");
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void acknowledgementsStartWithOkActionAndTheNodes() throws IOException {
        assertThat(fields("trace section hello")).containsExactly("ok", "action", "nodes", "clock", "title");
        assertThat(fields("timers off")).containsExactly("ok", "action", "nodes", "timers");
        assertThat(fields("net isolate n3")).containsExactly("ok", "action", "nodes", "node", "missed", "in_force");
        assertThat(fields("net split n1 n2,n3")).containsExactly("ok", "action", "nodes", "groups", "missed", "in_force");
        assertThat(fields("net heal")).containsExactly("ok", "action", "nodes", "missed");
        assertThat(fields("net deliver n1")).containsExactly("ok", "action", "nodes");
        assertThat(fields("net deliver n1 --count 2")).containsExactly("ok", "action", "nodes", "count");
        assertThat(fields("crash n1")).containsExactly("ok", "action", "node");
    }

    @Test
    void scriptLinesToo() throws IOException {
        assertThat(fields("sleep 1ms")).containsExactly("ok", "slept_ms");
        assertThat(fields("must-fail expect n1 role LEADER")).containsExactly("ok", "exit_code", "error");
        assertThat(fields("expect n1 role FOLLOWER")).containsExactly("ok", "node", "field", "op", "expected", "actual");
    }

    private List<String> fields(String line) throws IOException {
        FakeCluster.Result r = cluster.run(line, OutputFormat.JSON);
        assertThat(r.exitCode()).as(line + ": " + r.err()).isZero();
        JsonNode doc = Json.MAPPER.readTree(r.out());
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
