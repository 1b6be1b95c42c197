package io.raftctl.cli;

import io.raftctl.cli.fake.FakeCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit codes of CLI.md, through the same entry point as the process, shell and scripts. */
class ExitCodesTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @AfterEach
    void stopServers() {
        if (cluster != null) cluster.close();
    }

    @Test
    void unknownNodeIsAUsageErrorNamingTheClustersNodes() throws IOException {
        cluster = new FakeCluster(dir, 3);
        FakeCluster.Result r = cluster.run("elect n9");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown node 'n9' (cluster has n1, n2, n3)");
        assertThat(cluster.node("n1").requests).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        FakeCluster.Result r = cluster.run("frobnicate n1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).contains("unknown command 'frobnicate'");
    }

    @Test
    void unknownOptionAndMissingArgumentAreUsageErrors() throws IOException {
        cluster = new FakeCluster(dir, 1);
        assertThat(cluster.run("status --bogus").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cluster.run("elect").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cluster.run("net frob").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cluster.run("net").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void invalidYamlIsAUsageErrorWithOneSentence() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "nodes: [ {id: n1\n");
        Outcome o = run(List.of("-c", file.toString(), "status"));
        assertThat(o.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(o.error()).contains("bad.yaml").doesNotContain("\n");
    }

    @Test
    void missingClusterFileIsAUsageError() {
        Outcome o = run(List.of("-c", dir.resolve("absent.yaml").toString(), "status"));
        assertThat(o.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(o.error()).contains("absent.yaml not found");
    }

    @Test
    void unreachableNodeExits3NamingNodeAndAddress() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        int port = cluster.view.node("n2").admin().port();
        FakeCluster.Result r = cluster.run("elect n2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.error()).isEqualTo("node n2 (127.0.0.1:" + port + ") is unreachable: connection refused; it is not"
                + " running (no raftd for it on this machine): 'raftctl up n2' starts it");
    }

    @Test
    void benchWithNothingRunningSaysHowToStartItOrBenchAClusterOfItsOwn() throws IOException {
        cluster = new FakeCluster(dir, 2, "n1", "n2");
        FakeCluster.Result r = cluster.run("bench --duration 1s --clients 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(r.error()).startsWith("no node of cluster test is reachable").contains("'raftctl up' starts them")
                .endsWith("(or 'raftctl bench --fresh-cluster' benchmarks a new cluster of its own)");
    }

    @Test
    void badDurationIsAUsageError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        FakeCluster.Result r = cluster.run("wait n1 role LEADER --timeout 5 parsecs");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        FakeCluster.Result sleep = cluster.run("sleep soon");
        assertThat(sleep.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(sleep.error()).contains("invalid duration 'soon'");
        assertThat(cluster.run("command --timeout 2x add 1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void quotingErrorIsAUsageError() throws IOException {
        cluster = new FakeCluster(dir, 1);
        assertThat(cluster.run("echo 'open").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void errorsAreOneLineWithoutStackTraceUnlessVerbose() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        FakeCluster.Result quiet = cluster.run("elect n2");
        assertThat(quiet.err().strip().lines()).hasSize(1);
        FakeCluster.Result verbose = cluster.run("--verbose elect n2");
        assertThat(verbose.err()).contains("at io.raftctl.cli");
    }

    @Test
    void helpAndVersionSucceed() throws IOException {
        cluster = new FakeCluster(dir, 1);
        assertThat(cluster.run("--help").out()).contains("must-fail").contains("Exit codes");
        assertThat(cluster.run("-V").out()).startsWith("raftctl ");
        assertThat(cluster.run("help status").out()).contains("status [");
    }

    private Outcome run(List<String> args) {
        Session s = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        return Raftctl.execute(s, args);
    }
}
