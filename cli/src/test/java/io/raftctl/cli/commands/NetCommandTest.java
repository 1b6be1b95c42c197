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

class NetCommandTest {

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) cluster.close();
    }

    @Test
    void splitIsSentToEveryNodeWithTheGroups() throws IOException {
        cluster = new FakeCluster(dir, 3);
        FakeCluster.Result r = cluster.run("net split n1 n2,n3");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        for (FakeNode n : cluster.nodes) {
            assertThat(n.requests).anyMatch(q -> q.startsWith("POST /v1/net/split") && q.contains("[[\"n1\"],[\"n2\",\"n3\"]]"));
        }
    }

    @Test
    void splitValidatesItsGroups() throws IOException {
        cluster = new FakeCluster(dir, 3);
        assertThat(cluster.run("net split n1,n2,n3").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cluster.run("net split n1 n1,n2").error()).isEqualTo("node n1 is in more than one group");
        assertThat(cluster.run("net split n1 n2,n9").error()).contains("unknown node 'n9'");
        assertThat(cluster.nodes).allMatch(n -> n.requests.isEmpty());
    }

    @Test
    void isolateSkipsAnUnreachableNodeWithAWarning() throws IOException {
        cluster = new FakeCluster(dir, 3, "n3");
        FakeCluster.Result r = cluster.run("net isolate n3");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("warning: node n3").contains("is unreachable").contains("; skipped it");
        assertThat(cluster.node("n1").requests).anyMatch(q -> q.contains("{\"node\":\"n3\"}"));
    }

    @Test
    void holdAtANamedUnreachableNodeIsExit3() throws IOException {
        cluster = new FakeCluster(dir, 2, "n2");
        assertThat(cluster.run("net hold n2").exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(cluster.run("net hold").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void deliverPassesItsCount() throws IOException {
        cluster = new FakeCluster(dir, 1);
        assertThat(cluster.run("net deliver n1 --count 2").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cluster.node("n1").requests).anyMatch(q -> q.startsWith("POST /v1/net/deliver") && q.contains("{\"count\":2}"));
    }
}
