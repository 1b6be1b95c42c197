package io.raftctl.cli.client;

import io.raftctl.admin.AdminApi;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminClientTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) cluster.close();
    }

    private ClusterClient clients() {
        return new ClusterClient(cluster.view, AdminHttp.client());
    }

    @Test
    void readsStatusWithTheBearerToken() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").term = 7;
        var status = clients().node("n1").status();
        assertThat(status.term()).isEqualTo(7);
        assertThat(status.role()).isEqualTo("FOLLOWER");
    }

    @Test
    void aRejectedTokenIsAConfigurationError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        Files.writeString(cluster.view.tokenFile("n1"), "stale");
        assertThatThrownBy(() -> clients().node("n1").status()).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE)).hasMessageStartingWith("admin token rejected by n1 (127.0.0.1:");
    }

    @Test
    void aMissingTokenFileOfAReachableNodeIsAConfigurationError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        Files.delete(cluster.view.tokenFile("n1"));
        assertThatThrownBy(() -> clients().node("n1").status()).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE)).hasMessageContaining("no admin token for n1");
    }

    @Test
    void aMissingTokenFileOfAnUnreachableNodeIsUnreachable() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        assertThat(Files.exists(cluster.view.tokenFile("n2"))).isFalse();
        assertThatThrownBy(() -> clients().node("n2").status()).isInstanceOf(NodeUnreachableException.class);
    }

    @Test
    void conflictsMapToExit1() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").crashed = true;
        assertThatThrownBy(() -> clients().node("n1").heartbeat()).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILED)).hasMessage("node is crashed");
        cluster.node("n1").crashed = false;
        cluster.node("n1").leader = "n3";
        assertThatThrownBy(() -> clients().node("n1").heartbeat()).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILED)).hasMessage("not leader; leader is n3");
    }

    @Test
    void badRequestsMapToExit2WithTheDaemonsSentence() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").on(AdminApi.TRIGGERS_SET, body -> FakeNode.Reply.error(400, AdminApi.E_BAD_REQUEST,
                "unknown trigger 'boom'"));
        assertThatThrownBy(() -> clients().node("n1").triggerSet("boom", null)).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE)).hasMessage("unknown trigger 'boom'");
    }

    @Test
    void commandSendsItsTimeoutAndReadsTheResult() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").role = "LEADER";
        var result = clients().node("n1").command("add 3", Duration.ofMillis(1500));
        assertThat(result.ok()).isTrue();
        assertThat(result.value()).isEqualTo("3");
        assertThat(cluster.node("n1").requests).anyMatch(r -> r.contains("\"timeout_ms\":1500") && r.contains("add 3"));
    }

    @Test
    void leaderIsTheHighestTermLeader() throws IOException {
        cluster = new FakeCluster(dir, 3);
        cluster.node("n1").role = "LEADER";
        cluster.node("n1").term = 2;
        cluster.node("n3").role = "LEADER";
        cluster.node("n3").term = 5;
        assertThat(clients().leader().id()).isEqualTo("n3");
    }

    @Test
    void noLeaderIsExit1AndNoReachableNodeIsExit3() throws IOException {
        cluster = new FakeCluster(dir, 3, "n3");
        assertThatThrownBy(() -> clients().leader()).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILED)).hasMessageStartingWith("no leader (");
        cluster.close();
        assertThatThrownBy(() -> clients().leader()).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.UNREACHABLE)).hasMessageContaining("no node of cluster test is reachable");
    }
}
