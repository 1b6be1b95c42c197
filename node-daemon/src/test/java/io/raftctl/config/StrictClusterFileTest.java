package io.raftctl.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The strict reading of a cluster file: unknown keys, duplicate keys, values of the wrong kind and a second
 * document are each refused in one sentence naming the line, while what YAML users write stays accepted.
 */
class StrictClusterFileTest {

    /** Line 1: cluster, 2: the node, 3 on: what a case adds. */
    private static final String HEAD = """
            cluster: demo
            nodes: [{id: n1, raft: '127.0.0.1:7001', admin: '127.0.0.1:8001'}]
            """;

    private static ConfigException refusal(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ClusterConfigLoader.parse(yaml, "c.yaml", Path.of("/srv/raft")));
        assertThat(e).as("no error for:%n%s", yaml).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
        return e;
    }

    private static void refused(String rest, int line, String message) {
        ConfigException e = refusal(HEAD + rest.replace("|", "\n"));
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.line()).isEqualTo(line);
    }

    private static ClusterConfig loaded(String rest) {
        return ClusterConfigLoader.parse(HEAD + rest.replace("|", "\n"), "c.yaml", Path.of("/srv/raft"));
    }

    // Each case is the text after HEAD, '|' standing for a line break.

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            `colour: blue`                            ; 3 ; c.yaml: line 3: unknown field 'colour' (expected one of cluster, data_dir, nodes, raft, state_machine, storage, admin)
            `raft:|  heartbeat: 50ms|  hartbeat:|    - 50ms` ; 5 ; c.yaml: line 5: raft: unknown field 'hartbeat' (expected one of heartbeat, election_timeout, pre_vote, check_quorum, max_entries_per_message, max_inflight, timers)
            `raft: {election_timeout: {minimum: 1s}}` ; 3 ; c.yaml: line 3: raft.election_timeout: unknown field 'minimum' (expected one of min, max)
            `storage: {fsync: true, sync: true}`      ; 3 ; c.yaml: line 3: storage: unknown field 'sync' (expected one of fsync)
            `admin:|  allow_remote: false|  token: x` ; 5 ; c.yaml: line 5: admin: unknown field 'token' (expected one of token_file, allow_remote)
            """)
    void refusesAnUnknownKeyOnItsOwnLine(String rest, int line, String message) {
        refused(rest, line, message);
    }

    @Test
    void refusesAnUnknownKeyOfANodeWithTheNodesPosition() {
        ConfigException e = refusal("""
                cluster: demo
                nodes:
                  - {id: n1, raft: '127.0.0.1:7001', admin: '127.0.0.1:8001'}
                  - id: n2
                    raft: 127.0.0.1:7002
                    admin: 127.0.0.1:8002
                    port: 9002
                """);

        assertThat(e.getMessage()).isEqualTo("c.yaml: line 7: nodes[1]: unknown field 'port' (expected one of id, raft, admin, client)");
        assertThat(e.field()).isEqualTo("nodes[1]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            `cluster: again`                             ; 3 ; c.yaml: line 3: duplicate field 'cluster' (first given on line 1)
            `raft:|  timers: on|  pre_vote: true|  timers: off` ; 6 ; c.yaml: line 6: raft: duplicate field 'timers' (first given on line 4)
            `raft: {election_timeout: {min: 1s, min: 2s}}` ; 3 ; c.yaml: line 3: raft.election_timeout: duplicate field 'min' (first given on line 3)
            `storage:|  fsync: true|storage:|  fsync: false` ; 5 ; c.yaml: line 5: duplicate field 'storage' (first given on line 3)
            """)
    void refusesADuplicateKeyNamingBothLines(String rest, int line, String message) {
        refused(rest, line, message);
    }

    @Test
    void refusesADuplicateKeyInsideANode() {
        ConfigException e = refusal("""
                cluster: demo
                nodes:
                  - id: n1
                    raft: 127.0.0.1:7001
                    admin: 127.0.0.1:8001
                    raft: 127.0.0.1:7002
                """);

        assertThat(e.getMessage()).isEqualTo("c.yaml: line 6: nodes[0]: duplicate field 'raft' (first given on line 4)");
    }

    @Test
    void takesTheSameKeyInDifferentMappings() {
        // raft and admin are keys of a node and of the file; each node has its own id.
        ClusterConfig c = ClusterConfigLoader.parse("""
                cluster: demo
                nodes:
                  - {id: n1, raft: '127.0.0.1:7001', admin: '127.0.0.1:8001'}
                  - {id: n2, raft: '127.0.0.1:7002', admin: '127.0.0.1:8002'}
                raft: {heartbeat: 20ms}
                admin: {allow_remote: false}
                """, "c.yaml", Path.of("/srv/raft"));

        assertThat(c.members()).containsExactly("n1", "n2");
        assertThat(c.heartbeat()).isEqualTo(Duration.ofMillis(20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            `raft: {heartbeat: [1]}`                   ; 3 ; c.yaml: line 3: raft.heartbeat: expected a duration like 50ms, got a list
            `raft: {heartbeat: 50}`                    ; 3 ; c.yaml: line 3: raft.heartbeat: expected a duration like 50ms, got '50'
            `raft: {heartbeat: {ms: 50}}`              ; 3 ; c.yaml: line 3: raft.heartbeat: expected a duration like 50ms, got a mapping
            `raft: {pre_vote: "maybe"}`                ; 3 ; c.yaml: line 3: raft.pre_vote: expected true or false, got 'maybe'
            `raft: {check_quorum: 1}`                  ; 3 ; c.yaml: line 3: raft.check_quorum: expected true or false, got '1'
            `raft: {max_inflight: '32'}`               ; 3 ; c.yaml: line 3: raft.max_inflight: expected a whole number from 1 to 2147483647, got '32'
            `raft: {max_inflight: 1.5}`                ; 3 ; c.yaml: line 3: raft.max_inflight: expected a whole number from 1 to 2147483647, got '1.5'
            `raft: {max_entries_per_message: [64]}`    ; 3 ; c.yaml: line 3: raft.max_entries_per_message: expected a whole number from 1 to 2147483647, got a list
            `raft: {election_timeout: .inf}`           ; 3 ; c.yaml: line 3: raft.election_timeout: expected a mapping with min, max, got '.inf'
            `raft: 5`                                  ; 3 ; c.yaml: line 3: raft: expected a mapping with heartbeat, election_timeout, pre_vote, check_quorum, max_entries_per_message, max_inflight, timers, got '5'
            `storage: []`                              ; 3 ; c.yaml: line 3: storage: expected a mapping with fsync, got a list
            `storage: ''`                              ; 3 ; c.yaml: line 3: storage: expected a mapping with fsync, got ''
            `admin: {token_file: {path: x}}`           ; 3 ; c.yaml: line 3: admin.token_file: expected a file path, got a mapping
            `state_machine: [kv]`                      ; 3 ; c.yaml: line 3: state_machine: expected one of counter, kv, got a list
            `data_dir: [a]`                            ; 3 ; c.yaml: line 3: data_dir: expected a directory path, got a list
            """)
    void refusesAValueOfTheWrongKind(String rest, int line, String message) {
        refused(rest, line, message);
    }

    @Test
    void refusesNodesThatAreNotAListOfMappings() {
        assertThat(refusal("cluster: demo\nnodes: {id: n1}\n").getMessage())
                .isEqualTo("c.yaml: line 2: nodes: expected a list of nodes with id, raft and admin, got a mapping");
        assertThat(refusal("cluster: demo\nnodes: [n1]\n").getMessage())
                .isEqualTo("c.yaml: line 2: nodes[0]: expected a mapping with id, raft, admin, client, got 'n1'");
        assertThat(refusal("cluster: demo\nnodes:\n  - {id: n1, raft: '127.0.0.1:7001', admin: '127.0.0.1:8001'}\n  -\n").getMessage())
                .isEqualTo("c.yaml: line 4: nodes[1]: expected a mapping with id, raft, admin, client, got nothing");
        assertThat(refusal("cluster: demo\nnodes:\n  - id: [n1]\n").getMessage())
                .isEqualTo("c.yaml: line 3: nodes[0].id: expected a name like n1, got a list");
    }

    @Test
    void keepsAcceptingWhatYamlUsersWrite() {
        assertThat(loaded("raft: {timers: off, pre_vote: 'yes', check_quorum: No}").raft())
                .extracting(RaftConfig::timers, RaftConfig::preVote, RaftConfig::checkQuorum).containsExactly(false, true, false);
        assertThat(loaded("raft: {max_inflight: 1_000}").maxInflight()).isEqualTo(1000);
        assertThat(ClusterConfigLoader.parse("cluster: 2024\nnodes: [{id: 7, raft: '127.0.0.1:7001', admin: '127.0.0.1:8001'}]\n",
                "c.yaml", Path.of("/srv/raft")).members()).containsExactly("7");
        assertThat(loaded("raft:\nstorage: ~\nadmin: {token_file: null, allow_remote: }").raft()).isEqualTo(RaftConfig.DEFAULTS);
        assertThat(loaded("...").members()).containsExactly("n1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            `---|cluster: other`                 ; 4 ; c.yaml: line 4: only one YAML document is allowed
            `---`                                ; 3 ; c.yaml: line 3: only one YAML document is allowed
            `...|---|- a`                        ; 5 ; c.yaml: line 5: only one YAML document is allowed
            """)
    /** The line is where the second document's value starts (an empty document's is its marker's). */
    void refusesASecondDocument(String rest, int line, String message) {
        refused(rest, line, message);
    }

    @Test
    void reportsASecondDocumentBeforeABadValueOfTheFirst() {
        // The second document's keys are not compared with the first's: its repeated cluster is not the error.
        refused("raft: {heartbeat: fast}|---|cluster: other|cluster: again", 5, "c.yaml: line 5: only one YAML document is allowed");
    }

    @Test
    void reportsInvalidYamlFurtherOnBeforeAValueItFollows() {
        // The bad value on line 3 is read first, but the missing bracket on line 4 is what the file needs fixed.
        ConfigException e = refusal(HEAD + "raft:\n  heartbeat: fast\n  election_timeout: [150ms\n");

        assertThat(e.getMessage()).startsWith("c.yaml: line 6, column 1: invalid YAML: ");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void reportsADuplicateKeyFurtherOnBeforeAValueItFollows() {
        refused("raft:|  heartbeat: fast|storage: {fsync: true}|storage: {fsync: false}", 6,
                "c.yaml: line 6: duplicate field 'storage' (first given on line 5)");
    }
}
