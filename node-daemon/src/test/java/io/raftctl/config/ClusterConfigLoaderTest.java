package io.raftctl.config;

import io.raftctl.raft.RaftSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAFullFile() throws IOException {
        ClusterConfig c = ClusterConfigLoader.parse(resource("full.yaml"), "full.yaml", dir);

        assertThat(c.name()).isEqualTo("staging-2");
        assertThat(c.members()).containsExactly("alpha", "beta", "gamma-3");
        assertThat(c.nodeIds()).containsExactly("alpha", "beta", "gamma-3");
        assertThat(c.node("beta").orElseThrow())
                .isEqualTo(new NodeConfig("beta", new HostPort("10.0.0.2", 7102), new HostPort("localhost", 8102)));
        assertThat(c.node("gamma-3").orElseThrow().admin()).isEqualTo(new HostPort("::1", 8103));
        assertThat(c.node("delta")).isEmpty();
        assertThat(c.heartbeat()).isEqualTo(Duration.ofMillis(20));
        assertThat(c.electionTimeoutMin()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.electionTimeoutMax()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.preVote()).isFalse();
        assertThat(c.checkQuorum()).isFalse();
        assertThat(c.maxEntriesPerMessage()).isEqualTo(8);
        assertThat(c.maxInflight()).isEqualTo(4);
        assertThat(c.timers()).isFalse();
        assertThat(c.stateMachine()).isEqualTo(StateMachineKind.KV);
        assertThat(c.fsync()).isFalse();
        assertThat(c.admin().allowRemote()).isFalse();
        assertThat(c.dataDir("beta")).isEqualTo(dir.toAbsolutePath().resolve("state/raft/beta"));
        assertThat(c.tokenFile("beta")).isEqualTo(dir.toAbsolutePath().resolve("secrets/admin.token"));
        assertThat(c.raftSettings()).isEqualTo(new RaftSettings(20, 1000, 1500, false, false, 8, 4, false,
                RaftSettings.CommitRule.CURRENT_TERM));
    }

    @Test
    void fillsDefaultsForAMinimalFile() throws IOException {
        ClusterConfig c = ClusterConfigLoader.parse(resource("minimal.yaml"), "minimal.yaml", dir);

        assertThat(c.raft()).isEqualTo(RaftConfig.DEFAULTS);
        assertThat(c.raftSettings()).isEqualTo(RaftSettings.defaults());
        assertThat(c.stateMachine()).isEqualTo(StateMachineKind.COUNTER);
        assertThat(c.storage()).isEqualTo(StorageConfig.DEFAULTS);
        assertThat(c.admin()).isEqualTo(AdminConfig.DEFAULTS);
        assertThat(c.dataDirSetting()).isEqualTo(Path.of(".raftctl"));
        assertThat(c.dataDir("n1")).isEqualTo(dir.toAbsolutePath().resolve(".raftctl/n1"));
        assertThat(c.tokenFile("n1")).isEqualTo(dir.toAbsolutePath().resolve(".raftctl/n1/admin.token"));
    }

    @Test
    void resolvesARelativeDataDirAgainstTheFilesDirectory() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("clusters/demo"));
        Path file = sub.resolve("raftctl.yaml");
        Files.writeString(file, resource("minimal.yaml").replace("cluster: demo", "cluster: demo\ndata_dir: ../data"));

        ClusterConfig c = ClusterConfigLoader.load(file);

        assertThat(c.baseDir()).isEqualTo(sub.toAbsolutePath().normalize());
        assertThat(c.dataDir()).isEqualTo(dir.toAbsolutePath().resolve("clusters/data").normalize());
        assertThat(c.dataDir("n1")).isEqualTo(dir.toAbsolutePath().resolve("clusters/data/n1").normalize());
        assertThat(c.dataDir("n1")).isAbsolute();
    }

    @Test
    void keepsAnAbsoluteDataDir() throws IOException {
        Path abs = dir.resolve("elsewhere").toAbsolutePath();
        String yaml = resource("minimal.yaml").replace("cluster: demo", "cluster: demo\ndata_dir: '" + abs + "'");

        assertThat(ClusterConfigLoader.parse(yaml, "x.yaml", dir.resolve("other")).dataDir("n1")).isEqualTo(abs.resolve("n1"));
    }

    @Test
    void acceptsTimersAsOnOffOrBooleansQuotedOrNot() {
        for (String value : List.of("on", "true", "'on'", "\"true\"", "yes")) {
            assertThat(withRaft("timers: " + value).timers()).as(value).isTrue();
        }
        for (String value : List.of("off", "false", "'off'", "\"false\"", "no")) {
            assertThat(withRaft("timers: " + value).timers()).as(value).isFalse();
        }
    }

    @Test
    void takesEmptyValuesAsDefaults() {
        ClusterConfig c = ClusterConfigLoader.parse("""
                cluster: demo
                data_dir:
                nodes:
                  - {id: n1, raft: 127.0.0.1:7001, admin: 127.0.0.1:8001}
                raft:
                  heartbeat: null
                  election_timeout: {max: 900ms}
                storage:
                admin: {token_file: null}
                """, "x.yaml", dir);

        assertThat(c.dataDirSetting()).isEqualTo(ClusterConfig.DEFAULT_DATA_DIR);
        assertThat(c.heartbeat()).isEqualTo(Duration.ofMillis(50));
        assertThat(c.electionTimeoutMin()).isEqualTo(Duration.ofMillis(150));
        assertThat(c.electionTimeoutMax()).isEqualTo(Duration.ofMillis(900));
        assertThat(c.admin()).isEqualTo(AdminConfig.DEFAULTS);
    }

    @Test
    void allowsRemoteAdminAddressesWhenAskedTo() {
        ClusterConfig c = ClusterConfigLoader.parse("""
                cluster: demo
                nodes:
                  - {id: n1, raft: 0.0.0.0:7001, admin: 10.1.2.3:8001}
                admin:
                  allow_remote: true
                """, "x.yaml", dir);

        assertThat(c.node("n1").orElseThrow().admin().isLoopback()).isFalse();
    }

    @Test
    void readsANineNodeCluster() {
        StringBuilder yaml = new StringBuilder("cluster: big\nnodes:\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("  - {id: n").append(i).append(", raft: '127.0.0.1:").append(7000 + i)
                    .append("', admin: '127.0.0.1:").append(8000 + i).append("'}\n");
        }

        assertThat(ClusterConfigLoader.parse(yaml.toString(), "x.yaml", dir).members()).hasSize(9).endsWith("n9");
    }

    private ClusterConfig withRaft(String line) {
        return ClusterConfigLoader.parse("""
                cluster: demo
                nodes:
                  - {id: n1, raft: 127.0.0.1:7001, admin: 127.0.0.1:8001}
                raft:
                  %s
                """.formatted(line), "x.yaml", dir);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ClusterConfigLoaderTest.class.getResourceAsStream("/config/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
