package io.raftctl.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterConfigWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAFullConfigThatReadsBackEqual() throws IOException {
        ClusterConfig full = ClusterConfigLoader.parse(ClusterConfigLoaderTest.resource("full.yaml"), "full.yaml", dir);

        String yaml = ClusterConfigWriter.toYaml(full);

        assertThat(ClusterConfigLoader.parse(yaml, "written.yaml", dir)).isEqualTo(full);
        assertThat(yaml).contains("admin: \"[::1]:8103\"", "timers: off", "election_timeout: {min: 1s, max: 1500ms}",
                "token_file: secrets/admin.token");
    }

    @Test
    void writesTheDefaultsCommentedAsTheSchemaShowsThem() {
        ClusterConfig c = ClusterConfig.localDefault("demo", 3, List.of(7001, 7002, 7003), List.of(8001, 8002, 8003),
                Path.of(".raftctl"), true, true, true);

        String yaml = ClusterConfigWriter.toYaml(c);

        assertThat(yaml).contains("""
                cluster: demo
                data_dir: .raftctl   # a node's data is <data_dir>/<node id>
                """, """
                nodes:
                  - id: n1
                    raft: 127.0.0.1:7001
                    admin: 127.0.0.1:8001
                  - id: n2
                """, """
                raft:
                  heartbeat: 50ms   # must be shorter than election_timeout.min
                  election_timeout: {min: 150ms, max: 300ms}
                  pre_vote: true
                  check_quorum: true
                  max_entries_per_message: 64
                  max_inflight: 32
                  timers: on   # off: no elections, heartbeats or retries unless an operator asks
                """, "state_machine: counter", "  fsync: true\n", "  token_file: null", "  allow_remote: false\n");
        assertThat(ClusterConfigLoader.parse(yaml, "raftctl.yaml", c.baseDir())).isEqualTo(c);
    }

    @Test
    void roundTripsThroughAFile() throws IOException {
        ClusterConfig c = ClusterConfig.localDefault("demo", 5, List.of(7001, 7002, 7003, 7004, 7005),
                List.of(8001, 8002, 8003, 8004, 8005), Path.of(".raftctl"), false, false, true);
        Path file = dir.resolve("raftctl.yaml");
        // As "raftctl up" does in the working directory: the file sits where relative paths resolve.
        ClusterConfig here = new ClusterConfig(c.name(), dir, c.dataDirSetting(), c.nodes(), c.raft(), c.stateMachine(),
                c.storage(), c.admin());

        ClusterConfigWriter.write(here, file);

        assertThat(ClusterConfigLoader.load(file)).isEqualTo(here);
        assertThat(Files.readString(file)).contains("data_dir: .raftctl ");
    }

    @Test
    void quotesStringsThatYamlWouldReadAsSomethingElse() throws IOException {
        ClusterConfig odd = new ClusterConfig("yes", dir, Path.of("data dir/#1: \"x\""),
                List.of(new NodeConfig("on", new HostPort("localhost", 7001), new HostPort("::1", 8001)),
                        new NodeConfig("1e3", new HostPort("127.0.0.1", 7002), new HostPort("127.0.0.1", 8002))),
                new RaftConfig(Duration.ofMillis(1), Duration.ofMinutes(2), Duration.ofHours(1), true, false, 1, 2, true),
                StateMachineKind.KV, new StorageConfig(false), new AdminConfig(Path.of("null"), true));

        String yaml = ClusterConfigWriter.toYaml(odd);

        assertThat(yaml).contains("cluster: \"yes\"", "data_dir: \"data dir/#1: \\\"x\\\"\"", "id: \"on\"", "id: \"1e3\"",
                "token_file: \"null\"", "heartbeat: 1ms", "{min: 2m, max: 1h}");
        assertThat(ClusterConfigLoader.parse(yaml, "odd.yaml", dir)).isEqualTo(odd);
    }

    @Test
    void keepsRelativePathsPointingAtTheSamePlaceWhenWrittenElsewhere() throws IOException {
        ClusterConfig c = ClusterConfigLoader.parse(ClusterConfigLoaderTest.resource("full.yaml"), "full.yaml", dir);
        Path file = dir.resolve("moved/elsewhere/raftctl.yaml");

        ClusterConfigWriter.write(c, file);
        ClusterConfig moved = ClusterConfigLoader.load(file);

        assertThat(moved.dataDir("alpha")).isEqualTo(c.dataDir("alpha"));
        assertThat(moved.tokenFile("alpha")).isEqualTo(c.tokenFile("alpha"));
        assertThat(moved.withBaseDir(dir).nodes()).isEqualTo(c.nodes());
    }
}
