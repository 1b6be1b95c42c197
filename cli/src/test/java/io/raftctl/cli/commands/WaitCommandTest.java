package io.raftctl.cli.commands;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WaitCommandTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) cluster.close();
    }

    @Test
    void pollsUntilTheCheckHolds() throws IOException {
        cluster = new FakeCluster(dir, 1);
        FakeNode n1 = cluster.node("n1");
        // The node becomes leader on the third status request.
        n1.on("/v1/status", body -> {
            if (n1.statusCalls.incrementAndGet() >= 3) n1.role = "LEADER";
            return FakeNode.Reply.ok(n1.status());
        });
        FakeCluster.Result r = cluster.run("wait n1 role leader --timeout 5s");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(n1.statusCalls.get()).isEqualTo(3);
        assertThat(r.out()).contains("ok: n1 role is LEADER");
    }

    @Test
    void timesOutWithExit1SayingWhatTheFieldWas() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").commit = 4;
        FakeCluster.Result r = cluster.run("wait n1 commit >= 9 --timeout 200ms");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).isEqualTo("timed out after 200ms waiting for n1 commit >= 9; it was 4");
        assertThat(cluster.node("n1").statusCalls.get()).isGreaterThan(1);
    }

    @Test
    void anUnreachableNodeIsPolledUntilTheTimeoutAndFailsWithExit1() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        FakeCluster.Result r = cluster.run("wait n2 role LEADER --timeout 150ms");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).contains("it was unreachable (connection refused)");
    }

    @Test
    void expectOnAnUnreachableNodeIsExit3() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        assertThat(cluster.run("expect n2 role LEADER").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @Test
    void waitsForAStateValueAndTreatsACrashedNodesStateAsNone() throws IOException {
        cluster = new FakeCluster(dir, 1);
        cluster.node("n1").total = 2;
        assertThat(cluster.run("wait n1 state 2").exitCode()).isEqualTo(ExitCodes.OK);
        cluster.node("n1").crashed = true;
        assertThat(cluster.run("expect n1 state none").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cluster.run("expect n1 term none").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cluster.run("expect n1 role crashed").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cluster.run("expect n1 leader none").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aBadConditionIsExit2BeforeAnyPolling() throws IOException {
        cluster = new FakeCluster(dir, 1);
        assertThat(cluster.run("wait n1 colour blue").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cluster.node("n1").statusCalls.get()).isZero();
    }
}
