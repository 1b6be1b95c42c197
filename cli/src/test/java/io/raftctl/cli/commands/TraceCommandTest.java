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
    void unknownFormatIsAUsageError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        FakeCluster.Result r = cluster.run("trace show --format xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).contains("unknown trace format 'xml'");
    }
}
