package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

class TraceCommandTest {

    private static final StateDelta NONE = StateDelta.NONE;

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) cluster.close();
    }

    @Test
    void sectionPassesTheHighestClockOfAllNodes() throws IOException {
        cluster = new FakeCluster(dir, 3);
        cluster.node("n1").traceClock = 12;
        cluster.node("n2").traceClock = 57;
        cluster.node("n3").traceClock = 3;
        FakeCluster.Result r = cluster.run("trace section Normal election");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        for (FakeNode n : cluster.nodes) {
            assertThat(n.requests).anyMatch(q -> q.startsWith("POST /v1/trace/section")
                    && q.contains("\"title\":\"Normal election\"") && q.contains("\"clock\":57"));
        }
    }

    @Test
    void showMergesTheNodesEventsInCausalOrder() throws IOException {
        cluster = new FakeCluster(dir, 2);
        TracedMessage preVote = new TracedMessage.PreVoteRequest("n1", "n2", 3, 1, 0, 0);
        answer("n1", TraceEvent.section("n1", 1, 1, FOLLOWER, "Normal election"),
                TraceEvent.happened("n1", 2, 2, CANDIDATE, NodeEvent.NEW_ROLE, NONE),
                TraceEvent.sent("n1", 3, 3, CANDIDATE, preVote, NONE));
        answer("n2", TraceEvent.section("n2", 1, 1, FOLLOWER, "Normal election"),
                TraceEvent.received("n2", 4, 2, FOLLOWER, preVote, NONE));
        FakeCluster.Result r = cluster.run("trace show --format rst");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Section 1: Normal election");
        assertThat(r.out().indexOf("p_v_r+N-2 t-1 li-0 lt-0")).isPositive().isLessThan(r.out().indexOf("N-1+p_v_r t-1 li-0 lt-0"));
        assertThat(r.out().indexOf("NEW ROLE")).isLessThan(r.out().indexOf("p_v_r+N-2"));
    }

    @Test
    void aDuplicatedMessageIsDrawnAtBothItsReceivesAndADroppedOneAsLost() throws IOException {
        cluster = new FakeCluster(dir, 2);
        TracedMessage duplicated = new TracedMessage.AppendEntries("n1", "n2", 2, 1, 3, 1, 0, 3);
        TracedMessage dropped = new TracedMessage.AppendEntries("n1", "n2", 3, 1, 3, 1, 0, 3);
        answer("n1", TraceEvent.sent("n1", 2, 1, LEADER, duplicated, NONE), TraceEvent.sent("n1", 3, 2, LEADER, dropped, NONE));
        answer("n2", TraceEvent.received("n2", 3, 1, FOLLOWER, duplicated, NONE),
                TraceEvent.received("n2", 4, 2, FOLLOWER, duplicated, NONE));

        FakeCluster.Result r = cluster.run("trace show --format puml");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("""
                == Before the first section ==
                n1 ->x n2 : ae t-1 i-3 lt-1 e-0 c-3
                n1 -> n2 : ae t-1 i-3 lt-1 e-0 c-3
                n1 -> n2 : ae t-1 i-3 lt-1 e-0 c-3
                @enduml
                """);
    }

    @Test
    void optInRowsAndDeltasAreShownOnlyWithEventsAll() throws IOException {
        cluster = new FakeCluster(dir, 2);
        FakeNode n1 = cluster.node("n1");
        TraceEvent section = TraceEvent.section("n1", 1, 1, LEADER, "Explode");
        TracedMessage reply = new TracedMessage.AppendEntriesResponse("n2", "n1", 2, 1, true, 3);
        n1.traceEvents = List.of(section,
                TraceEvent.happened("n1", 2, 3, LEADER, NodeEvent.CMD_START, NONE),
                TraceEvent.received("n1", 3, 4, LEADER, reply, new StateDelta(null, null, null, 3L, null, null)));
        n1.allTraceEvents = List.of(section,
                TraceEvent.happened("n1", 1, 2, LEADER, NodeEvent.triggerSet("explode", null), NONE),
                TraceEvent.happened("n1", 2, 3, LEADER, NodeEvent.CMD_START, NONE),
                TraceEvent.received("n1", 3, 4, LEADER, reply, new StateDelta(null, null, null, 3L, 2L, null)),
                TraceEvent.happened("n1", 3, 5, LEADER, NodeEvent.applyFailed(3, NodeEvent.Cause.THREW), NONE));

        FakeCluster.Result shown = cluster.run("trace show --format rst");
        assertThat(shown.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(shown.out()).contains("CMD START", "N-2+ae_reply ok-True mi-3", "ci-3").doesNotContain("TRIGGER", "APPLY FAILED", "ai-2");
        assertThat(cluster.run("trace show --format rst --events default").out()).isEqualTo(shown.out());

        FakeCluster.Result all = cluster.run("trace show --format rst --events all");
        assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).contains("| ci-3 ai-2 ");
        assertThat(all.out().indexOf("TRIGGER SET explode")).isPositive().isLessThan(all.out().indexOf("CMD START"));
        assertThat(all.out().indexOf("APPLY FAILED i-3 explode")).isGreaterThan(all.out().indexOf("ci-3 ai-2"));

        for (FakeNode n : cluster.nodes) {
            List<String> asked = n.requests.stream().filter(q -> q.startsWith("GET /v1/trace")).toList();
            assertThat(asked).as("an older raftd knows no parameter: the default view asks for none")
                    .containsExactly("GET /v1/trace ", "GET /v1/trace ", "GET /v1/trace?events=all ");
        }
    }

    @Test
    void anOlderRaftdsTextRowsAreLeftOutWithAWarningThatSaysWhatToDo() throws IOException {
        cluster = new FakeCluster(dir, 2);
        answer("n1", TraceEvent.happened("n1", 1, 1, CANDIDATE, NodeEvent.NEW_ROLE, NONE));
        // What a raftd before trace format 2 answers: no format field, rows of text.
        cluster.node("n2").on(AdminApi.TRACE, b -> FakeNode.Reply.ok(Map.of("node", "n2", "members", List.of("n1", "n2"),
                "rows", List.of(Map.of("node", "n2", "clock", 1, "seq", 1, "kind", "EVENT", "role", "LEAD", "op", "NEW ROLE",
                        "delta", "")), "dropped", 0)));

        FakeCluster.Result r = cluster.run("trace show --format table");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("CNDI  FLWR  N-1   NEW ROLE").doesNotContain("LEAD");
        assertThat(r.err()).contains("n2's trace is left out: its raftd is older than this raftctl and sends the trace as text;"
                + " restart it with this raftctl's raftd ('raftctl down n2', then 'raftctl up n2')");
    }

    @Test
    void aTraceOfANewerRaftdThatThisVersionCannotReadIsAnError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        AdminDtos.TraceEventDto unknown = new AdminDtos.TraceEventDto("n1", 1, 1, "SEND", "LEADER",
                new AdminDtos.TraceMessageDto("TIMEOUT_NOW", "n1", "n2", 1, 1, null, null, null, null, null, null, null, null, null),
                null, null, null);
        cluster.node("n1").on(AdminApi.TRACE, b -> FakeNode.Reply.ok(
                new AdminDtos.TraceResponse(AdminDtos.TRACE_FORMAT, "n1", List.of("n1"), List.of(unknown), 0)));

        FakeCluster.Result r = cluster.run("trace show");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).contains("n1 sent a trace this raftctl cannot read (unknown trace message type 'TIMEOUT_NOW')");
    }

    @Test
    void unknownEventsIsAUsageErrorNamingTheChoices() throws IOException {
        cluster = new FakeCluster(dir, 1);
        FakeCluster.Result r = cluster.run("trace show --events some");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).contains("unknown trace events 'some' (expected one of default, all)");
        assertThat(cluster.node("n1").requests).noneMatch(q -> q.startsWith("GET /v1/trace"));
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        FakeCluster.Result r = cluster.run("trace show --format xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).contains("unknown trace format 'xml'");
    }

    private void answer(String node, TraceEvent... events) {
        List<TraceEvent> list = List.of(events);
        cluster.node(node).on(AdminApi.TRACE, b -> FakeNode.Reply.ok(TraceEventMapping.response(node, List.of(), list, 0)));
    }
}
