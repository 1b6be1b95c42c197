package io.raftctl.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -o json} on every command: each prints JSON documents only, and docs/json-output.md describes each.
 * A new command needs a sample line here (or a reason in {@link #ELSEWHERE}) and a section in the doc.
 */
class JsonOutputTest {

    /** One line per leaf command, run against fake nodes with -o json. */
    static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("down", "down");
        SAMPLES.put("status", "status");
        SAMPLES.put("watch status", "watch status --count 2 --interval 50ms");
        SAMPLES.put("elect", "elect n1");
        SAMPLES.put("heartbeat", "heartbeat");
        SAMPLES.put("command", "command add 2");
        SAMPLES.put("log", "log n1");
        SAMPLES.put("state", "state n1");
        SAMPLES.put("timers", "timers off");
        SAMPLES.put("trigger set", "trigger set n2 slow-apply 200ms");
        SAMPLES.put("trigger clear", "trigger clear n2");
        SAMPLES.put("trigger list", "trigger list");
        SAMPLES.put("crash", "crash n3");
        SAMPLES.put("restart", "restart n3");
        SAMPLES.put("net isolate", "net isolate n3");
        SAMPLES.put("net reconnect", "net reconnect n3");
        SAMPLES.put("net split", "net split n1 n2,n3");
        SAMPLES.put("net heal", "net heal");
        SAMPLES.put("net hold", "net hold n1");
        SAMPLES.put("net deliver", "net deliver n1 --count 1");
        SAMPLES.put("net release", "net release");
        SAMPLES.put("net pending", "net pending");
        SAMPLES.put("trace section", "trace section Normal election");
        SAMPLES.put("trace show", "trace show");
        SAMPLES.put("trace clear", "trace clear");
        SAMPLES.put("expect", "expect n1 role LEADER");
        SAMPLES.put("wait", "wait n1 commit >= 1");
        SAMPLES.put("must-fail", "must-fail --match 'expected FOLLOWER' expect n1 role FOLLOWER");
        SAMPLES.put("expect-output", "expect-output LEADER status");
        SAMPLES.put("sleep", "sleep 1ms");
        SAMPLES.put("echo", "echo hello");
        SAMPLES.put("run", "run {dir}/script.raftctl");
        SAMPLES.put("completion", "completion zsh");
        SAMPLES.put("help", "help trace show");
        SAMPLES.put("man", "man trace show");
        SAMPLES.put("sim", "sim --seeds 2 --steps 50");
    }

    /** Commands checked elsewhere, and why. */
    static final Map<String, String> ELSEWHERE = Map.ofEntries(
            Map.entry("up", "starts real daemons: JsonOutputIT"),
            Map.entry("demo", "starts real daemons: JsonOutputIT"),
            Map.entry("chaos", "starts real daemons for a minute: ChaosIT"),
            Map.entry("bench", "loads real daemons: BenchIT"),
            Map.entry("shell", "interactive: -o json is the default output of the lines typed in it (documented)"),
            Map.entry("deliver", "simulator only: SimJsonOutputTest"),
            Map.entry("drop", "simulator only: SimJsonOutputTest"),
            Map.entry("stabilize", "simulator only: SimJsonOutputTest"),
            Map.entry("disk", "simulator only: SimJsonOutputTest"),
            Map.entry("tick", "simulator only: SimJsonOutputTest"),
            Map.entry("duplicate", "simulator only: ExplorationLinesTest"),
            Map.entry("propose", "simulator only: ExplorationLinesTest"));

    static final Path DOC = Path.of("..", "docs", "json-output.md").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void fakeClusterWithALeader() throws IOException {
        cluster = new FakeCluster(dir, 3);
        FakeNode n1 = cluster.node("n1");
        n1.role = "LEADER";
        n1.leader = "n1";
        for (FakeNode n : cluster.nodes) {
            n.on(AdminApi.LOG, b -> FakeNode.Reply.ok(new AdminDtos.LogResponse(
                    List.of(new AdminDtos.LogEntry(1, 1, "term-start", "", true, true)), 1L, 1L, 1, false)));
            n.on(AdminApi.NET_PENDING, b -> FakeNode.Reply.ok(new AdminDtos.Pending(List.of("ae+N-2 t-1 i-1 lt-1 e-0 c-1"))));
            n.on(AdminApi.TRACE, b -> FakeNode.Reply.ok(TraceEventMapping.response(n.id, List.of("n1", "n2", "n3"),
                    List.of(TraceEvent.happened(n.id, 1, 1, TraceEvent.NodeRole.FOLLOWER, NodeEvent.NEW_ROLE, StateDelta.NONE)), 0)));
        }
        Files.writeString(dir.resolve("script.raftctl"), "# two lines\necho one\nexpect n1 role LEADER\n");
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void everyCommandHasASampleOrAReason() {
        assertThat(new TreeSet<>(leafCommands()))
                .as("add a sample line to JsonOutputTest.SAMPLES for each new command (and a section in docs/json-output.md)")
                .isEqualTo(new TreeSet<>(union(SAMPLES.keySet(), ELSEWHERE.keySet())));
    }

    @Test
    void everySamplePrintsJsonDocumentsOnly() throws IOException {
        for (Map.Entry<String, String> e : SAMPLES.entrySet()) {
            FakeCluster.Result r = cluster.run(e.getValue().replace("{dir}", dir.toString()), OutputFormat.JSON);
            assertThat(r.exitCode()).as("'%s' exit code; stderr: %s", e.getValue(), r.err()).isEqualTo(ExitCodes.OK);
            List<JsonNode> docs = documents(r.out());
            assertThat(docs).as("JSON documents printed by '%s'", e.getValue()).isNotEmpty();
            if (!e.getKey().equals("run") && !e.getKey().equals("watch status")) {
                assertThat(docs).as("'%s' prints one document", e.getValue()).hasSize(1);
            }
        }
    }

    @Test
    void streamsAreOneDocumentPerLineOrRefresh() throws IOException {
        List<JsonNode> run = documents(cluster.run("run " + dir.resolve("script.raftctl"), OutputFormat.JSON).out());
        assertThat(run).as("one document per line, then the run's summary").hasSize(3);
        assertThat(run.get(2).path("passed").asLong()).isEqualTo(1);
        assertThat(run.get(2).path("scripts").get(0).path("passed").asBoolean()).isTrue();
        List<JsonNode> refreshes = documents(cluster.run("watch status --count 3 --interval 50ms", OutputFormat.JSON).out());
        assertThat(refreshes).hasSize(3).allSatisfy(d -> assertThat(d.path("nodes")).hasSize(3));
    }

    @Test
    void theDocumentDescribesEveryCommand() throws IOException {
        String doc = Files.readString(DOC);
        for (String command : leafCommands()) {
            assertThat(doc).as("docs/json-output.md has a section '### raftctl %s'", command).contains("### raftctl " + command + "\n");
        }
    }

    static List<String> leafCommands() {
        Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        List<String> names = new ArrayList<>();
        collect(Raftctl.commandLine(session, new ErrorReporter(session)).getCommandSpec(), names);
        return names;
    }

    private static void collect(CommandSpec spec, List<String> names) {
        if (spec.subcommands().isEmpty()) {
            names.add(spec.qualifiedName().substring("raftctl ".length()));
            return;
        }
        for (CommandLine sub : spec.subcommands().values()) collect(sub.getCommandSpec(), names);
    }

    static List<JsonNode> documents(String text) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNext()) docs.add(it.next());
        }
        return docs;
    }

    private static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
