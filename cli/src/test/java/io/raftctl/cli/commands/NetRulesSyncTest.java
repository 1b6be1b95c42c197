package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.Session;
import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code up} does after starting nodes: the running nodes' partition rules are given to the started ones. */
class NetRulesSyncTest {

    @TempDir
    Path dir;
    private FakeCluster cluster;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        if (cluster != null) cluster.close();
    }

    private List<String> sync(String... started) {
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        return new NetRulesSync(new ClusterClient(cluster.view, AdminHttp.client()), new Output(session, OutputFormat.TEXT))
                .sync(List.of(started));
    }

    private static void reports(FakeNode node, List<String> isolated, List<List<String>> groups) {
        node.on(AdminApi.NET, b -> FakeNode.Reply.ok(new AdminDtos.NetStatus(isolated, groups, false, 0, false)));
    }

    @Test
    void aStartedNodeThatMissedARuleGetsTheRunningNodesRules() throws IOException {
        cluster = new FakeCluster(dir, 3);
        reports(cluster.node("n1"), List.of("n2"), List.of());
        reports(cluster.node("n3"), List.of("n2"), List.of());
        reports(cluster.node("n2"), List.of(), List.of());
        assertThat(sync("n2")).containsExactly("n2");
        assertThat(cluster.node("n2").requests)
                .anyMatch(q -> q.equals("POST /v1/net/set {\"isolated\":[\"n2\"],\"groups\":[]}"));
        assertThat(out.toString().strip()).isEqualTo("n2 now has the network rules of n1, n3: isolated n2 (it had none)");
        assertThat(cluster.node("n1").requests).noneMatch(q -> q.startsWith("POST"));
    }

    @Test
    void aStartedNodeThatAgreesIsLeftAlone() throws IOException {
        cluster = new FakeCluster(dir, 3);
        for (FakeNode n : cluster.nodes) reports(n, List.of(), List.of(List.of("n1"), List.of("n2", "n3")));
        assertThat(sync("n1")).isEmpty();
        assertThat(cluster.nodes).allMatch(n -> n.requests.stream().noneMatch(q -> q.startsWith("POST")));
        assertThat(out.toString().strip()).isEqualTo("n1 has the network rules of n2, n3: split n1 | n2,n3");
    }

    @Test
    void runningNodesThatDisagreeChangeNothingAndSaySo() throws IOException {
        cluster = new FakeCluster(dir, 3);
        reports(cluster.node("n1"), List.of("n2"), List.of());
        reports(cluster.node("n3"), List.of(), List.of());
        assertThat(sync("n2")).isEmpty();
        assertThat(cluster.node("n2").requests).noneMatch(q -> q.startsWith("POST"));
        assertThat(err.toString()).contains("the running nodes hold different network rules (n1: isolated n2; n3: none)");
    }

    @Test
    void withNoOtherNodeRunningEachKeepsItsOwnRules() throws IOException {
        cluster = new FakeCluster(dir, 2);
        reports(cluster.node("n1"), List.of("n2"), List.of());
        reports(cluster.node("n2"), List.of(), List.of());
        assertThat(sync("n1", "n2")).isEmpty();
        assertThat(cluster.nodes).allMatch(n -> n.requests.stream().noneMatch(q -> q.startsWith("POST")));
        assertThat(err.toString()).contains("the nodes just started hold different network rules (n1: isolated n2; n2: none)");
    }

    @Test
    void anUnreachableRunningNodeIsNoSource() throws IOException {
        cluster = new FakeCluster(dir, 3, "n3");
        reports(cluster.node("n1"), List.of("n2"), List.of());
        reports(cluster.node("n2"), List.of(), List.of());
        assertThat(sync("n2")).containsExactly("n2");
        assertThat(out.toString()).contains("of n1:");
    }
}
