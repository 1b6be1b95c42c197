package io.raftctl.cli.shell;

import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterPromptTest {

    @TempDir
    Path dir;

    @Test
    void namesTheClusterAndItsLeader() throws Exception {
        try (FakeCluster cluster = new FakeCluster(dir, 3)) {
            assertThat(new ClusterPrompt(cluster.file, false).prompt()).isEqualTo("raftctl[test no leader]> ");
            FakeNode n2 = cluster.node("n2");
            n2.role = "LEADER";
            n2.term = 4;
            assertThat(new ClusterPrompt(cluster.file, false).prompt()).isEqualTo("raftctl[test leader=n2]> ");
            // Two nodes claim leadership: the one with the highest term leads.
            cluster.node("n1").role = "LEADER";
            cluster.node("n1").term = 3;
            assertThat(new ClusterPrompt(cluster.file, false).prompt()).isEqualTo("raftctl[test leader=n2]> ");
            n2.crashed = true;
            assertThat(new ClusterPrompt(cluster.file, false).prompt()).isEqualTo("raftctl[test leader=n1, n2 crashed]> ");
        }
    }

    @Test
    void unreachableNodesAreShownAndDoNotHoldThePromptBack() throws Exception {
        try (FakeCluster cluster = new FakeCluster(dir, 3, "n3")) {
            long start = System.nanoTime();
            assertThat(new ClusterPrompt(cluster.file, false).prompt()).isEqualTo("raftctl[test no leader, n3 down]> ");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
        try (FakeCluster cluster = new FakeCluster(dir.resolve("x").toAbsolutePath(), 2, "n1", "n2")) {
            assertThat(new ClusterPrompt(cluster.file, false).prompt()).isEqualTo("raftctl[test all down]> ");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withoutAClusterFileThePromptIsPlain() {
        assertThat(new ClusterPrompt(dir.resolve("none.yaml"), false).prompt()).isEqualTo("raftctl> ");
    }

    @Test
    void coloursOnlyWhenAsked() {
        assertThat(ClusterPrompt.text("local", "n1", List.of(), List.of(), false, true))
                .contains("\u001b[1;32mleader=n1\u001b[0m");
        assertThat(ClusterPrompt.text("local", "n1", List.of("n3"), List.of(), false, false))
                .isEqualTo("raftctl[local leader=n1, n3 down]> ").doesNotContain("\u001b");
    }
}
