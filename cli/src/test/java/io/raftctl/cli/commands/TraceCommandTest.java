package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraceCommandTest {

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
    void showMergesTheNodesRowsInCausalOrder() throws IOException {
        cluster = new FakeCluster(dir, 2);
        cluster.node("n1").on(AdminApi.TRACE, b -> FakeNode.Reply.ok(new AdminDtos.TraceResponse("n1", List.of("n1", "n2"),
                List.of(new AdminDtos.TraceRowDto("n1", 1, 1, "SECTION", "FLWR", "Normal election", ""),
                        new AdminDtos.TraceRowDto("n1", 2, 2, "EVENT", "CNDI", "NEW ROLE", ""),
                        new AdminDtos.TraceRowDto("n1", 3, 3, "SEND", "CNDI", "p_v_r+N-2 t-1 li-0 lt-0", "")), 0)));
        cluster.node("n2").on(AdminApi.TRACE, b -> FakeNode.Reply.ok(new AdminDtos.TraceResponse("n2", List.of("n1", "n2"),
                List.of(new AdminDtos.TraceRowDto("n2", 1, 1, "SECTION", "FLWR", "Normal election", ""),
                        new AdminDtos.TraceRowDto("n2", 4, 2, "RECEIVE", "FLWR", "N-1+p_v_r t-1 li-0 lt-0", "")), 0)));
        FakeCluster.Result r = cluster.run("trace show --format rst");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Section 1: Normal election");
        assertThat(r.out().indexOf("p_v_r+N-2")).isLessThan(r.out().indexOf("N-1+p_v_r"));
        assertThat(r.out().indexOf("NEW ROLE")).isLessThan(r.out().indexOf("p_v_r+N-2"));
    }

    @Test
    void optInRowsAndDeltasAreShownOnlyWithEventsAll() throws IOException {
        cluster = new FakeCluster(dir, 2);
        FakeNode n1 = cluster.node("n1");
        AdminDtos.TraceRowDto section = new AdminDtos.TraceRowDto("n1", 1, 1, "SECTION", "LEAD", "Explode", "");
        n1.traceRows = List.of(section,
                new AdminDtos.TraceRowDto("n1", 2, 3, "EVENT", "LEAD", "CMD START", ""),
                new AdminDtos.TraceRowDto("n1", 3, 4, "RECEIVE", "LEAD", "N-2+ae_reply ok-True mi-3", "ci-3"));
        n1.allTraceRows = List.of(section,
                new AdminDtos.TraceRowDto("n1", 1, 2, "EVENT", "LEAD", "TRIGGER SET explode", ""),
                new AdminDtos.TraceRowDto("n1", 2, 3, "EVENT", "LEAD", "CMD START", ""),
                new AdminDtos.TraceRowDto("n1", 3, 4, "RECEIVE", "LEAD", "N-2+ae_reply ok-True mi-3", "ci-3 ai-2"),
                new AdminDtos.TraceRowDto("n1", 3, 5, "EVENT", "LEAD", "APPLY FAILED i-3 explode", ""));

        FakeCluster.Result shown = cluster.run("trace show --format rst");
        assertThat(shown.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(shown.out()).contains("CMD START", "ci-3").doesNotContain("TRIGGER", "APPLY FAILED", "ai-2");
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
}
