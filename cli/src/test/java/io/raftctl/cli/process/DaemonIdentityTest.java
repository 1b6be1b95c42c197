package io.raftctl.cli.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonIdentityTest {

    @TempDir
    Path dir;

    private List<String> args(String config, String node) {
        return List.of("/usr/bin/java", "-jar", "raftd.jar", "--config", config, "--node", node, "--timers", "off");
    }

    @Test
    void matchesTheNodeOfTheSameClusterFile() {
        Path file = dir.resolve("raftctl.yaml");
        assertThat(DaemonIdentity.matches(args(file.toString(), "n1"), "n1", file, Optional.empty())).isTrue();
    }

    @Test
    void rejectsAnotherNodeOrAnotherClusterFile() {
        Path file = dir.resolve("raftctl.yaml");
        assertThat(DaemonIdentity.matches(args(file.toString(), "n2"), "n1", file, Optional.empty())).isFalse();
        assertThat(DaemonIdentity.matches(args(dir.resolve("other.yaml").toString(), "n1"), "n1", file, Optional.empty())).isFalse();
    }

    @Test
    void resolvesARelativeConfigAgainstTheProcessesWorkingDirectory() {
        Path file = dir.resolve("raftctl.yaml");
        assertThat(DaemonIdentity.matches(args("raftctl.yaml", "n1"), "n1", file, Optional.of(dir))).isTrue();
        assertThat(DaemonIdentity.matches(args("raftctl.yaml", "n1"), "n1", file, Optional.of(dir.resolve("elsewhere")))).isFalse();
    }

    @Test
    void acceptsEqualsForm() {
        Path file = dir.resolve("raftctl.yaml");
        List<String> a = List.of("java", "-jar", "raftd.jar", "--config=" + file, "--node=n3");
        assertThat(DaemonIdentity.matches(a, "n3", file, Optional.empty())).isTrue();
    }

    @Test
    void anUnrelatedProcessIsNotARaftd() {
        assertThat(DaemonIdentity.isRaftdOf(List.of("sleep", "100"), "n1")).isFalse();
        assertThat(DaemonIdentity.matches(List.of("sleep", "100"), "n1", dir.resolve("x.yaml"), Optional.empty())).isFalse();
    }
}
