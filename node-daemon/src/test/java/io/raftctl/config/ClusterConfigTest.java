package io.raftctl.config;

import io.raftctl.raft.RaftSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterConfigTest {

    @Test
    void buildsTheLocalDefault() {
        ClusterConfig c = ClusterConfig.localDefault("demo", 3, List.of(7001, 7002, 7003), List.of(8001, 8002, 8003),
                Path.of(".raftctl"), false, true, false);

        assertThat(c.members()).containsExactly("n1", "n2", "n3");
        assertThat(c.node("n2").orElseThrow())
                .isEqualTo(new NodeConfig("n2", new HostPort("127.0.0.1", 7002), new HostPort("127.0.0.1", 8002)));
        assertThat(c.timers()).isFalse();
        assertThat(c.preVote()).isTrue();
        assertThat(c.checkQuorum()).isFalse();
        assertThat(c.baseDir()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(c.dataDir("n3")).isEqualTo(Path.of("").toAbsolutePath().resolve(".raftctl/n3"));
        assertThat(c.raftSettings()).isEqualTo(RaftSettings.defaults().withTimers(false).withCheckQuorum(false));
    }

    @Test
    void rejectsAnUnusableLocalDefault() {
        assertThatThrownBy(() -> ClusterConfig.localDefault("demo", 0, List.of(), List.of(), null, true, true, true))
                .hasMessage("a cluster has 1 to 9 nodes, not 0");
        assertThatThrownBy(() -> ClusterConfig.localDefault("Demo", 1, List.of(1), List.of(2), null, true, true, true))
                .hasMessageContaining("invalid cluster name 'Demo'");
        assertThatThrownBy(() -> ClusterConfig.localDefault("demo", 2, List.of(1, 2), List.of(3), null, true, true, true))
                .hasMessage("expected 2 raft ports and 2 admin ports, got 2 and 1");
        assertThatThrownBy(() -> ClusterConfig.localDefault("demo", 2, List.of(1, 2), List.of(3, 1), null, true, true, true))
                .hasMessage("port 1 is given twice");
    }

    @Test
    void refusesPathsOfUnknownNodes() {
        ClusterConfig c = ClusterConfig.localDefault("demo", 1, List.of(7001), List.of(8001), null, true, true, true);

        assertThatThrownBy(() -> c.dataDir("n9")).hasMessage("unknown node id 'n9'");
        assertThatThrownBy(() -> c.tokenFile("n9")).hasMessage("unknown node id 'n9'");
    }

    @Test
    void parsesAndPrintsAddresses() {
        assertThat(HostPort.parse("127.0.0.1:7001")).isEqualTo(new HostPort("127.0.0.1", 7001));
        assertThat(HostPort.parse("[::1]:8001")).isEqualTo(new HostPort("::1", 8001));
        assertThat(new HostPort("::1", 8001)).hasToString("[::1]:8001");
        assertThat(HostPort.parse("node-1.example:9")).hasToString("node-1.example:9");
        assertThatThrownBy(() -> HostPort.parse("::1:8001")).hasMessageContaining("expected host:port");
        assertThatThrownBy(() -> HostPort.parse("host:99999")).hasMessage("port 99999 is out of range 1-65535");
    }

    @Test
    void tellsLoopbackAddressesFromTheText() {
        for (String loopback : List.of("127.0.0.1:1", "127.1.2.3:1", "localhost:1", "LOCALHOST:1", "[::1]:1",
                "[0:0:0:0:0:0:0:1]:1")) {
            assertThat(HostPort.parse(loopback).isLoopback()).as(loopback).isTrue();
        }
        for (String remote : List.of("0.0.0.0:1", "10.0.0.1:1", "example.com:1", "[::]:1", "localhost.evil.com:1")) {
            assertThat(HostPort.parse(remote).isLoopback()).as(remote).isFalse();
        }
    }
}
