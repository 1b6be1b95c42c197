package io.raftctl.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every error names the file, the line when known, and the field, in one sentence. */
class ClusterConfigErrorsTest {

    /** Line numbers matter: the cases below replace one line of this file. */
    private static final String VALID = """
            cluster: demo
            data_dir: .raftctl
            nodes:
              - id: n1
                raft: 127.0.0.1:7001
                admin: 127.0.0.1:8001
              - id: n2
                raft: 127.0.0.1:7002
                admin: 127.0.0.1:8002
            raft:
              heartbeat: 50ms
              election_timeout: {min: 150ms, max: 300ms}
              pre_vote: true
              check_quorum: true
              max_entries_per_message: 64
              max_inflight: 32
              timers: on
            state_machine: counter
            storage:
              fsync: true
            admin:
              token_file: null
              allow_remote: false
            """;

    @TempDir
    Path dir;

    @Test
    void theValidFileIsValid() {
        assertThat(parse(VALID).members()).containsExactly("n1", "n2");
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            11 | `  heartbeat: fast`                   | raftctl.yaml: line 11: raft.heartbeat: expected a duration like 50ms, got 'fast'
            11 | `  heartbeat: 50`                     | raftctl.yaml: line 11: raft.heartbeat: expected a duration like 50ms, got '50'
            11 | `  heartbeat: 0ms`                    | raftctl.yaml: line 11: raft.heartbeat: expected a positive duration, got '0ms'
            11 | `  heartbeat: 1.5ms`                  | raftctl.yaml: line 11: raft.heartbeat: expected a whole number of milliseconds, got '1.5ms'
            11 | `  heartbeat: 150ms`                  | raftctl.yaml: line 11: raft.heartbeat: the heartbeat (150ms) must be shorter than the minimum election timeout (150ms), or followers would start elections under a healthy leader
            11 | `  hartbeat: 50ms`                    | raftctl.yaml: line 11: raft: unknown field 'hartbeat' (expected one of heartbeat, election_timeout, pre_vote, check_quorum, max_entries_per_message, max_inflight, timers)
            12 | `  election_timeout: {min: 400ms, max: 300ms}` | raftctl.yaml: line 12: raft.election_timeout: min 400ms is greater than max 300ms
            12 | `  election_timeout: {min: 150ms, mx: 300ms}`  | raftctl.yaml: line 12: raft.election_timeout: unknown field 'mx' (expected one of min, max)
            12 | `  election_timeout: 200ms`           | raftctl.yaml: line 12: raft.election_timeout: expected a mapping with min, max, got '200ms'
            13 | `  pre_vote: maybe`                   | raftctl.yaml: line 13: raft.pre_vote: expected true or false, got 'maybe'
            15 | `  max_entries_per_message: 0`        | raftctl.yaml: line 15: raft.max_entries_per_message: expected a whole number from 1 to 2147483647, got '0'
            16 | `  max_inflight: lots`                | raftctl.yaml: line 16: raft.max_inflight: expected a whole number from 1 to 2147483647, got 'lots'
            17 | `  timers: sometimes`                 | raftctl.yaml: line 17: raft.timers: expected on or off, got 'sometimes'
            3  | `nodez:`                              | raftctl.yaml: line 3: unknown field 'nodez' (expected one of cluster, data_dir, nodes, raft, state_machine, storage, admin)
            1  | `cluster: Demo`                       | raftctl.yaml: line 1: cluster: expected a name of lowercase letters, digits and '-' like n1, got 'Demo'
            1  | `# no name`                           | raftctl.yaml: missing field 'cluster' (the cluster's name, like cluster: demo)
            7  | `  - id: n1`                          | raftctl.yaml: line 7: nodes[1].id: duplicate node id 'n1' (also nodes[0].id)
            7  | `  - id: N_2`                         | raftctl.yaml: line 7: nodes[1].id: expected a name of lowercase letters, digits and '-' like n1, got 'N_2'
            8  | `    raft: 127.0.0.1:8001`            | raftctl.yaml: line 8: nodes[1].raft: address 127.0.0.1:8001 is already used by nodes[0].admin
            8  | `    raft: 127.0.0.1:70000`           | raftctl.yaml: line 8: nodes[1].raft: port 70000 is out of range 1-65535
            8  | `    raft: 127.0.0.1:0`               | raftctl.yaml: line 8: nodes[1].raft: port 0 is out of range 1-65535
            8  | `    raft: 127.0.0.1`                 | raftctl.yaml: line 8: nodes[1].raft: expected host:port like 127.0.0.1:7001, got '127.0.0.1'
            8  | `    rafts: 127.0.0.1:7002`           | raftctl.yaml: line 8: nodes[1]: unknown field 'rafts' (expected one of id, raft, admin, client)
            9  | `    admin: 192.168.1.20:8002`        | raftctl.yaml: line 9: nodes[1].admin: 192.168.1.20:8002 is not a loopback address, which needs admin.allow_remote: true
            9  | `    admin: 0.0.0.0:8002`             | raftctl.yaml: line 9: nodes[1].admin: 0.0.0.0:8002 is not a loopback address, which needs admin.allow_remote: true
            18 | `state_machine: sql`                  | raftctl.yaml: line 18: state_machine: expected one of counter, kv, got 'sql'
            20 | `  fsync: sometimes`                  | raftctl.yaml: line 20: storage.fsync: expected true or false, got 'sometimes'
            22 | `  token_file: [a, b]`                | raftctl.yaml: line 22: admin.token_file: expected a file path, got a list
            23 | `  allow_remote: 1`                   | raftctl.yaml: line 23: admin.allow_remote: expected true or false, got '1'
            18 | `state_machine: {name: kv}`          | raftctl.yaml: line 18: state_machine: expected one of counter, kv, got a mapping
            2  | `data_dir: ""`                        | raftctl.yaml: line 2: data_dir: expected a directory path, got an empty string
            6  | `    admin: 127.0.0.1:7001`           | raftctl.yaml: line 6: nodes[0].admin: address 127.0.0.1:7001 is already used by nodes[0].raft
            """)
    void reportsTheLineAndTheField(int line, String replacement, String expected) {
        String yaml = replaceLine(line, replacement);

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> parse(yaml));

        assertThat(e).as("no error for %s", replacement).isNotNull();
        assertThat(e.getMessage()).isEqualTo(expected);
        if (e.line() > 0) assertThat(e.line()).isEqualTo(line);
    }

    @Test
    void reportsInvalidYamlWithLineAndColumn() {
        String yaml = replaceLine(2, "data_dir: .raftctl\n  oops: here");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> parse(yaml));

        assertThat(e.getMessage()).isEqualTo("raftctl.yaml: line 3, column 7: invalid YAML: mapping values are not allowed here");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void reportsAnUnclosedFlowMappingWithItsContext() {
        String yaml = replaceLine(12, "  election_timeout: {min: 150ms, max: 300ms");

        assertThatThrownBy(() -> parse(yaml)).hasMessageStartingWith("raftctl.yaml: line 13, column 11: invalid YAML: expected ',' or '}'")
                .hasMessageContaining("while parsing a flow mapping")
                .hasMessageNotContaining("\n");
    }

    @Test
    void reportsADuplicateKey() {
        String yaml = replaceLine(13, "  pre_vote: true\n  heartbeat: 60ms");

        assertThatThrownBy(() -> parse(yaml))
                .hasMessage("raftctl.yaml: line 14: raft: duplicate field 'heartbeat' (first given on line 11)");
    }

    @Test
    void reportsMissingNodeFields() {
        String yaml = replaceLine(9, "");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> parse(yaml));

        assertThat(e.getMessage()).isEqualTo("raftctl.yaml: line 7: nodes[1]: missing field 'admin' "
                + "(the admin socket's address, like admin: 127.0.0.1:8001)");
        assertThat(e.field()).isEqualTo("nodes[1]");
        assertThat(e.fileName()).isEqualTo("raftctl.yaml");
    }

    @Test
    void reportsEmptyAndOversizedNodeLists() {
        assertThatThrownBy(() -> parse("cluster: demo\nnodes: []\n"))
                .hasMessage("raftctl.yaml: line 2: nodes: at least one node is required");
        assertThatThrownBy(() -> parse("cluster: demo\nnodes:\n"))
                .hasMessage("raftctl.yaml: missing field 'nodes' (a list of 1 to 9 nodes)");
        StringBuilder ten = new StringBuilder("cluster: demo\nnodes:\n");
        for (int i = 1; i <= 10; i++) {
            ten.append("  - {id: n").append(i).append(", raft: '127.0.0.1:").append(7000 + i)
                    .append("', admin: '127.0.0.1:").append(8000 + i).append("'}\n");
        }
        assertThatThrownBy(() -> parse(ten.toString()))
                .hasMessage("raftctl.yaml: line 3: nodes: at most 9 nodes are supported, got 10");
        assertThatThrownBy(() -> parse("cluster: demo\nnodes: n1\n"))
                .hasMessage("raftctl.yaml: line 2: nodes: expected a list of nodes with id, raft and admin, got 'n1'");
    }

    @Test
    void reportsAnEmptyFileANonMappingAndSeveralDocuments() {
        assertThatThrownBy(() -> parse("# nothing\n"))
                .hasMessage("raftctl.yaml: the file is empty (expected a mapping with cluster and nodes)");
        assertThatThrownBy(() -> parse("- a\n- b\n"))
                .hasMessage("raftctl.yaml: line 1: expected a mapping with cluster, data_dir, nodes, raft, state_machine, "
                        + "storage, admin, got a list");
        assertThatThrownBy(() -> parse(VALID + "---\ncluster: other\n"))
                .hasMessage("raftctl.yaml: line 25: only one YAML document is allowed");
    }

    @Test
    void reportsAScalarWhereAMappingBelongs() {
        assertThatThrownBy(() -> parse("cluster: demo\nnodes: [{id: n1, raft: 'localhost:1', admin: 'localhost:2'}]\nstorage: fast\n"))
                .hasMessage("raftctl.yaml: line 3: storage: expected a mapping with fsync, got 'fast'");
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("raftctl.yaml");

        assertThatThrownBy(() -> ClusterConfigLoader.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage("cluster file " + missing + " not found");
        assertThatThrownBy(() -> ClusterConfigLoader.load(Path.of("no-such-dir-here", "raftctl.yaml")))
                .hasMessage("cluster file " + Path.of("no-such-dir-here", "raftctl.yaml") + " not found");
    }

    @Test
    void namesTheFileAsGivenWhenLoading() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, replaceLine(11, "  heartbeat: fast"));

        assertThatThrownBy(() -> ClusterConfigLoader.load(file))
                .hasMessage(file + ": line 11: raft.heartbeat: expected a duration like 50ms, got 'fast'");
    }

    private ClusterConfig parse(String yaml) {
        return ClusterConfigLoader.parse(yaml, "raftctl.yaml", dir);
    }

    private static String replaceLine(int line, String replacement) {
        return replaceLine(VALID, line, replacement);
    }

    private static String replaceLine(String yaml, int line, String replacement) {
        String[] lines = yaml.split("\n", -1);
        lines[line - 1] = replacement;
        return String.join("\n", lines);
    }
}
