package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import io.raftctl.cli.output.OutputFormat;
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

    @Test
    void isolateSaysWhichNodesHaveTheRuleWhenOneMissedIt() throws IOException {
        cluster = new FakeCluster(dir, 3, "n3");
        FakeCluster.Result r = cluster.run("net isolate n3");
        assertThat(r.out().strip()).isEqualTo("n3 isolated (told n1, n2; n3 did not acknowledge)");
        assertThat(r.err()).as("n1 and n2 cut every pair with n3").doesNotContain("not cut yet");

        FakeCluster.Result json = cluster.run("net isolate n3", OutputFormat.JSON);
        assertThat(json.out()).contains("\"missed\" : [ \"n3\" ]").contains("\"in_force\" : true");
    }

    @Test
    void splitWarnsOfPairsNeitherEndOfWhichAcknowledged() throws IOException {
        cluster = new FakeCluster(dir, 3, "n2", "n3");
        FakeCluster.Result r = cluster.run("net split n1,n2 n3");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().strip()).isEqualTo("split n1,n2 | n3 (told n1; n2, n3 did not acknowledge)");
        assertThat(r.err()).contains("warning: not cut yet: n2-n3 (neither end acknowledged)");
        assertThat(cluster.run("net split n1,n2 n3", OutputFormat.JSON).out()).contains("\"in_force\" : false");
    }

    @Test
    void aNodeThatRefusesTheChangeFailsTheCommandNamingWhereItIsInPlace() throws IOException {
        cluster = new FakeCluster(dir, 3);
        cluster.node("n2").on(AdminApi.NET_ISOLATE, b -> FakeNode.Reply.error(503, AdminApi.E_UNAVAILABLE,
                "cannot save the network rules to /data/n2/net-rules.json (No space left on device); nothing changed"));
        FakeCluster.Result r = cluster.run("net isolate n2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).isEqualTo("n2: cannot save the network rules to /data/n2/net-rules.json (No space left on"
                + " device); nothing changed; the change is in place at n1, n3 only");
    }

    @Test
    void healWarnsThatANodeThatMissedItKeepsItsOldRules() throws IOException {
        cluster = new FakeCluster(dir, 3, "n2");
        FakeCluster.Result r = cluster.run("net heal");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().strip()).isEqualTo("network healed (told n1, n3; n2 did not acknowledge)");
        assertThat(r.err()).contains("warning: n2 still enforces the rules it had until told again");
    }
}
