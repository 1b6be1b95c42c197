package io.raftctl.cli.commands;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** must-fail and expect-output: the exit code of the inner line decides. */
class WrappedLineTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void start() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        cluster.node("n1").total = 2;
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void mustFailPassesWhenTheInnerLineExits1() {
        FakeCluster.Result r = cluster.run("must-fail expect n1 role LEADER");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("failed as expected: n1 role is FOLLOWER, expected LEADER");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void mustFailFailsWhenTheInnerLineSucceeds() {
        FakeCluster.Result r = cluster.run("must-fail expect n1 role FOLLOWER");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).isEqualTo("the command succeeded: expect n1 role FOLLOWER");
    }

    @Test
    void mustFailPassesOnUsageOrUnreachableCodesThrough() {
        FakeCluster.Result usage = cluster.run("must-fail elect n9");
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.error()).contains("unknown node 'n9'");
        FakeCluster.Result unreachable = cluster.run("must-fail elect n2");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(unreachable.error()).contains("node n2");
    }

    @Test
    void mustFailWithMatchChecksTheErrorText() {
        assertThat(cluster.run("must-fail --match 'not leader' command --node n1 add 1").exitCode()).isEqualTo(ExitCodes.OK);
        FakeCluster.Result wrong = cluster.run("must-fail --match crashed command --node n1 add 1");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrong.error()).contains("does not contain 'crashed'").contains("not leader; leader is");
    }

    @Test
    void mustFailPassesInnerOptionsToTheInnerCommand() {
        cluster.node("n1").crashed = true;
        assertThat(cluster.run("must-fail --match 'node is crashed' command --node n1 --timeout 1s add 1").exitCode())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void expectOutputChecksTheInnerLinesOutput() {
        FakeCluster.Result ok = cluster.run("expect-output 'total: 2' state n1");
        assertThat(ok.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ok.out()).contains("total: 2");
        FakeCluster.Result missing = cluster.run("expect-output 'total: 3' state n1");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.error()).isEqualTo("the output of 'state n1' does not contain 'total: 3'");
    }

    @Test
    void expectOutputFailsWithTheInnerLinesCodeWhenItFails() {
        assertThat(cluster.run("expect-output x state n2").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(cluster.run("expect-output x state n7").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
