package io.raftctl.cli.script;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptRunnerTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void start() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        cluster.node("n1").role = "LEADER";
        cluster.node("n1").leader = "n1";
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsHashInsideALine() throws IOException {
        Path s = script("ok.raftctl", """
                # a comment
                   # an indented comment
                \t
                echo step #1 done

                expect n1 role LEADER
                """);
        FakeCluster.Result r = cluster.run("run " + s);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("> echo step #1 done").contains("step #1 done\n")
                .doesNotContain("a comment");
    }

    @Test
    void stopsAtTheFirstFailingLineWithFileLineAndReason() throws IOException {
        Path s = script("fail.raftctl", """
                echo one
                # the next line fails
                expect n1 role FOLLOWER
                echo never printed
                """);
        FakeCluster.Result r = cluster.run("run " + s);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().strip()).isEqualTo(s + ":3: expect n1 role FOLLOWER: n1 role is LEADER, expected FOLLOWER");
        assertThat(r.out()).contains("one").doesNotContain("never printed");
    }

    @Test
    void aLineFailingWithUsageOrUnreachableStillFailsTheRunWithExit1() throws IOException {
        FakeCluster.Result usage = cluster.run("run " + script("usage.raftctl", "elect n9\n"));
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(usage.err()).contains("usage.raftctl:1: elect n9: unknown node 'n9'");

        FakeCluster.Result unreachable = cluster.run("run " + script("down.raftctl", "echo x\nexpect n2 role LEADER\n"));
        assertThat(unreachable.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unreachable.err()).contains("down.raftctl:2: expect n2 role LEADER: node n2 (127.0.0.1:");
    }

    @Test
    void quietDoesNotEchoLines() throws IOException {
        FakeCluster.Result r = cluster.run("run --quiet " + script("q.raftctl", "echo hello\n"));
        assertThat(r.out()).isEqualTo("hello\n");
    }

    @Test
    void runsEveryFileInOrderReportsEachFailureAndSumsUp() throws IOException {
        Path a = script("a.raftctl", "echo from-a\n");
        Path b = script("b.raftctl", "must-fail echo fine\necho after-the-failure\n");
        Path c = script("c.raftctl", "echo from-c\n");
        FakeCluster.Result r = cluster.run("run -q " + a + " " + b + " " + c);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("from-a").contains("from-c").doesNotContain("after-the-failure")
                .contains("3 scripts: 2 passed, 1 failed");
        assertThat(r.out().indexOf("from-a")).isLessThan(r.out().indexOf("from-c"));
        assertThat(r.err()).contains("b.raftctl:1: must-fail echo fine: the command succeeded: echo fine");
        assertThat(r.error()).isEqualTo("1 of 3 scripts failed: " + b);
    }

    @Test
    void failFastStopsAtTheFirstFailingScript() throws IOException {
        Path a = script("a.raftctl", "must-fail echo fine\n");
        Path b = script("b.raftctl", "echo from-b\n");
        FakeCluster.Result r = cluster.run("run -q --fail-fast " + a + " " + b);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).doesNotContain("from-b").contains("2 scripts: 0 passed, 1 failed, 1 not run");
    }

    @Test
    void eachScriptGetsAHeaderNamingTheClusterItUses() throws IOException {
        Path a = script("a.raftctl", "echo from-a\n");
        FakeCluster.Result r = cluster.run("run " + a);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("== " + a + " == (cluster file ");
    }

    @Test
    void missingScriptIsAUsageError() {
        FakeCluster.Result r = cluster.run("run " + dir.resolve("nope.raftctl"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).contains("nope.raftctl not found");
    }

    @Test
    void globalOptionsOnAScriptLineApplyToThatLineOnly() throws IOException {
        Path s = script("json.raftctl", "-o json echo a\necho b\n");
        FakeCluster.Result r = cluster.run("run -q " + s);
        assertThat(r.out()).contains("\"echo\" : \"a\"").endsWith("b\n");
    }
}
