package io.raftctl.cli.completion;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in bash script, in a real bash: sourced, then asked for completions the way bash asks when TAB
 * is pressed (COMP_WORDS, COMP_CWORD, COMP_LINE; the answer in COMPREPLY).
 */
class ShellCompletionTest {

    static final Path BASH_SCRIPT = Path.of("..", "completions", "raftctl.bash").toAbsolutePath().normalize();

    private Path dir;

    @BeforeEach
    void clusterFileInATempDir() throws IOException {
        dir = Files.createTempDirectory("raftctl-completion-");
        Files.writeString(dir.resolve("raftctl.yaml"), """
                cluster: local
                nodes:
                  - id: n1
                    raft: 127.0.0.1:7001
                    admin: 127.0.0.1:7101
                  - id: n2
                    raft: 127.0.0.1:7002
                    admin: 127.0.0.1:7102
                  - id: n3
                    raft: 127.0.0.1:7003
                    admin: 127.0.0.1:7103
                """);
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other").resolve("five.yaml"), """
                cluster: five
                nodes:
                  - {id: alpha, raft: "127.0.0.1:7001", admin: "127.0.0.1:7101"}
                  - {id: "beta", raft: "127.0.0.1:7002", admin: "127.0.0.1:7102"}
                  - id: 'gamma'
                    raft: 127.0.0.1:7003
                    admin: 127.0.0.1:7103
                """);
    }

    @AfterEach
    void removeTempDir() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    @Test
    void commandNamesComplete() throws Exception {
        assertThat(complete("raftctl tr")).containsExactlyInAnyOrder("trace", "trigger");
        assertThat(complete("raftctl net re")).containsExactlyInAnyOrder("reconnect", "release");
    }

    @Test
    void triggerNamesCompleteAfterTheNode() throws Exception {
        assertThat(complete("raftctl trigger set n1 ")).containsExactlyInAnyOrder("explode", "error", "slow-apply");
    }

    @Test
    void nodeIdsCompleteFromTheClusterFileInTheWorkingDirectory() throws Exception {
        assertThat(complete("raftctl elect ")).containsExactly("n1", "n2", "n3");
        assertThat(complete("raftctl trigger set ")).containsExactly("n1", "n2", "n3");
        assertThat(complete("raftctl status n1 n")).containsExactly("n1", "n2", "n3");
        assertThat(complete("raftctl command --node ")).containsExactly("n1", "n2", "n3");
    }

    @Test
    void nodeIdsFollowDashCAndTheEnvironment() throws Exception {
        assertThat(complete("raftctl -c other/five.yaml elect ")).containsExactly("alpha", "beta", "gamma");
        assertThat(complete("raftctl elect --config other/five.yaml ")).containsExactly("alpha", "beta", "gamma");
        assertThat(complete("raftctl elect ", Map.of("RAFTCTL_CONFIG", "other/five.yaml"))).containsExactly("alpha", "beta", "gamma");
        assertThat(complete("raftctl -c missing.yaml elect ")).isEmpty();
    }

    @Test
    void staticValuesComplete() throws Exception {
        assertThat(complete("raftctl trace show --format ")).contains("puml", "rst", "svg", "html");
        assertThat(complete("raftctl up --timers ")).containsExactlyInAnyOrder("on", "off");
        assertThat(complete("raftctl -o j")).containsExactly("json");
    }

    /** The words bash offers for {@code line} with the cursor at its end. */
    private List<String> complete(String line) throws Exception {
        return complete(line, Map.of());
    }

    private List<String> complete(String line, Map<String, String> env) throws Exception {
        String script = """
                source "$1"
                # compopt only works while bash itself runs a completion; outside one it just complains.
                compopt() { return 0; }
                read -r -a COMP_WORDS <<< "$2"
                if [[ "$2" == *" " ]]; then COMP_WORDS+=(""); fi
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                COMP_LINE="$2"
                COMP_POINT=${#COMP_LINE}
                _complete_raftctl raftctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """;
        ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script, "complete-test",
                BASH_SCRIPT.toString(), line).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("RAFTCTL_CONFIG");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("bash finished").isTrue();
        assertThat(p.exitValue()).as("bash exit code; output:%n%s", out).isZero();
        return Arrays.stream(out.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
