package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code command}, {@code heartbeat}: where they go and how their outcomes read. */
class CommandCommandTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void start() throws IOException {
        cluster = new FakeCluster(dir, 3);
        for (String id : new String[]{"n1", "n2", "n3"}) cluster.node(id).leader = "n2";
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void goesToTheLeaderAndPrintsValueAndIndex() {
        cluster.node("n2").role = "LEADER";
        FakeCluster.Result r = cluster.run("command add 4");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("4 (index 2)\n");
        assertThat(cluster.node("n2").requests).anyMatch(q -> q.contains("/v1/command"));
        assertThat(cluster.node("n1").requests).noneMatch(q -> q.contains("/v1/command"));
    }

    @Test
    void withNoLeaderAndTimersOffTheErrorSaysHowToGetOne() {
        cluster.nodes.forEach(n -> n.timers = false);
        cluster.node("n2").lastIndex = 5;
        FakeCluster.Result r = cluster.run("command add 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).as("the most up-to-date node is the one to elect")
                .isEqualTo("no leader (timers are off, so no node campaigns by itself: 'raftctl elect n2' starts an"
                        + " election, 'raftctl timers on' lets elections happen)");
    }

    @Test
    void aMissingKvKeyPrintsNilAndJsonHasNull() {
        cluster.node("n2").role = "LEADER";
        cluster.node("n2").on(io.raftctl.admin.AdminApi.COMMAND, body -> io.raftctl.cli.fake.FakeNode.Reply.ok(
                new io.raftctl.admin.AdminDtos.CommandResponse(true, "OK", 7, null, null, null)));
        FakeCluster.Result text = cluster.run("command get nowhere");
        assertThat(text.out()).isEqualTo("(nil) (index 7)\n");
        FakeCluster.Result json = cluster.run("command get nowhere", OutputFormat.JSON);
        assertThat(json.out()).contains("\"value\" : null");
    }

    @Test
    void withNoLeaderFailsWithNoLeader() {
        FakeCluster.Result r = cluster.run("command add 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).startsWith("no leader (");
    }

    @Test
    void toAFollowerSaysWhoLeads() {
        FakeCluster.Result r = cluster.run("command --node n1 add 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).isEqualTo("not leader; leader is n2");
    }

    @Test
    void timeoutAndInvalidCommandsAreExit1() {
        cluster.node("n2").role = "LEADER";
        cluster.node("n2").on(AdminApi.COMMAND, b -> FakeNode.Reply.ok(new AdminDtos.CommandResponse(false, "TIMEOUT", 0,
                null, "timed out; outcome unknown", null)));
        FakeCluster.Result timeout = cluster.run("command --timeout 250ms add 1");
        assertThat(timeout.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(timeout.error()).isEqualTo("timed out; outcome unknown");
        assertThat(cluster.node("n2").requests).anyMatch(q -> q.contains("\"timeout_ms\":250"));
    }

    @Test
    void negativeNumbersAreCommandText() {
        cluster.node("n2").role = "LEADER";
        cluster.run("command add -3");
        assertThat(cluster.node("n2").requests).anyMatch(q -> q.contains("\"command\":\"add -3\""));
    }

    @Test
    void jsonPrintsTheResponse() {
        cluster.node("n2").role = "LEADER";
        FakeCluster.Result r = cluster.run("command add 2", OutputFormat.JSON);
        assertThat(r.out()).contains("\"status\" : \"OK\"").contains("\"index\" : 2");
    }

    @Test
    void heartbeatGoesToTheLeaderOrFailsAtAFollower() {
        assertThat(cluster.run("heartbeat").error()).startsWith("no leader (");
        cluster.node("n2").role = "LEADER";
        FakeCluster.Result ok = cluster.run("heartbeat");
        assertThat(ok.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cluster.node("n2").requests).anyMatch(q -> q.contains("/v1/heartbeat"));
        FakeCluster.Result follower = cluster.run("heartbeat n1");
        assertThat(follower.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(follower.error()).isEqualTo("not leader; leader is n2");
    }
}
