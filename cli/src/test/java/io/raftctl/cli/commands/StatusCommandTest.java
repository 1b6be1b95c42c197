package io.raftctl.cli.commands;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCommandTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) cluster.close();
    }

    @Test
    void showsOneAlignedRowPerNodeWithNoneForLostFields() throws IOException {
        cluster = new FakeCluster(dir, 3, "n3");
        cluster.node("n1").role = "LEADER";
        cluster.node("n1").leader = "n1";
        cluster.node("n1").triggers.put("explode", "");
        cluster.node("n2").crashed = true;
        FakeCluster.Result r = cluster.run("status");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("ID  ROLE").contains("LAST-INDEX").endsWith("REACHABLE");
        assertThat(lines.get(1).split("\\s+")).startsWith("n1", "LEADER", "1", "n1");
        assertThat(lines.get(2).split("\\s+")).containsSequence("n2", "CRASHED", "none", "none", "none");
        assertThat(lines.get(3).split("\\s+")).as("a local node with no process is not running")
                .containsExactly("n3", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "not", "running");
        // Columns line up: every row's ROLE starts where the header's does.
        int roleColumn = lines.get(0).indexOf("ROLE");
        assertThat(lines.subList(1, 3)).allMatch(l -> l.charAt(roleColumn) != ' ' && l.charAt(roleColumn - 1) == ' ');
    }

    @Test
    void aNodeRefusingTheTokenGetsItsRowTheOthersAreShownAndTheExitIs3() throws IOException {
        cluster = new FakeCluster(dir, 3);
        java.nio.file.Files.writeString(cluster.view.tokenFile("n2"), "not-the-token\n");
        FakeCluster.Result r = cluster.run("status");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).split("\\s+")).startsWith("n1", "FOLLOWER");
        assertThat(lines.get(2)).startsWith("n2").endsWith("token rejected");
        assertThat(lines.get(3).split("\\s+")).startsWith("n3", "FOLLOWER");
        assertThat(r.error()).startsWith("admin token rejected by n2").contains("'raftctl down n2', then 'raftctl up n2'");
    }

    @Test
    void everyNodeNotRunningSaysHowToStartThem() throws IOException {
        cluster = new FakeCluster(dir, 2, "n1", "n2");
        FakeCluster.Result r = cluster.run("status");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.out()).contains("not running");
        assertThat(r.error()).isEqualTo("no node of cluster test is reachable (none of its daemons is running on this"
                + " machine): 'raftctl up' starts them");
    }

    @Test
    void aNarrowTerminalGetsTheQuietColumnsLeftOutAndWideShowsThemAll() throws IOException {
        cluster = new FakeCluster(dir, 2);
        List<StatusRows.Row> rows = StatusRows.fetch(new io.raftctl.cli.CommandContext(quietSession(), cluster.file,
                OutputFormat.TEXT, false), null);
        io.raftctl.cli.Session narrow = quietSession().withTerminal(true).withWidth(() -> 80);
        io.raftctl.cli.Session roomy = quietSession().withTerminal(true).withWidth(() -> 200);
        String compact = StatusCommand.table(rows, output(narrow, OutputFormat.TEXT), narrow).render(false);
        assertThat(compact.lines().findFirst().orElseThrow()).doesNotContain("TRIGGERS").doesNotContain("NETWORK")
                .doesNotContain("REACHABLE").contains("TIMERS");
        assertThat(compact.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(80);
        assertThat(StatusCommand.table(rows, output(narrow, OutputFormat.WIDE), narrow).render(false))
                .as("-o wide").contains("TRIGGERS").contains("REACHABLE");
        assertThat(StatusCommand.table(rows, output(roomy, OutputFormat.TEXT), roomy).render(false))
                .as("a terminal wide enough").contains("TRIGGERS");

        cluster.node("n2").triggers.put("explode", "");
        rows = StatusRows.fetch(new io.raftctl.cli.CommandContext(quietSession(), cluster.file, OutputFormat.TEXT, false), null);
        assertThat(StatusCommand.table(rows, output(narrow, OutputFormat.TEXT), narrow).render(false))
                .as("a column that says something stays").contains("TRIGGERS").contains("explode").doesNotContain("NETWORK");
    }

    private static io.raftctl.cli.Session quietSession() {
        return io.raftctl.cli.Session.of(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), java.util.Map.of());
    }

    private static io.raftctl.cli.output.Output output(io.raftctl.cli.Session session, OutputFormat format) {
        return new io.raftctl.cli.output.Output(session, format);
    }

    @Test
    void exit3WhenANamedNodeIsUnreachable() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        assertThat(cluster.run("status n1").exitCode()).isEqualTo(ExitCodes.OK);
        FakeCluster.Result r = cluster.run("status n1 n2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.out()).contains("n1").contains("n2");
    }

    @Test
    void showsAPreVoteCandidate() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").role = "CANDIDATE";
        cluster.node("n1").preVote = true;
        assertThat(cluster.run("status").out()).contains("CANDIDATE (pre-vote)");
    }

    @Test
    void jsonListsEveryNodeWithReachable() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        FakeCluster.Result r = cluster.run("status", OutputFormat.JSON);
        var doc = Json.MAPPER.readTree(r.out());
        assertThat(doc.path("nodes")).hasSize(2);
        assertThat(doc.path("nodes").get(0).path("reachable").asBoolean()).isTrue();
        assertThat(doc.path("nodes").get(0).path("last_index").asLong()).isEqualTo(1);
        assertThat(doc.path("nodes").get(1).path("reachable").asBoolean()).isFalse();
        assertThat(doc.path("nodes").get(1).path("id").asText()).isEqualTo("n2");
    }

    @Test
    void outputOptionAfterTheCommandWorksToo() throws IOException {
        cluster = new FakeCluster(dir, 1);
        assertThat(cluster.run("status -o json").out()).startsWith("{");
    }
}
