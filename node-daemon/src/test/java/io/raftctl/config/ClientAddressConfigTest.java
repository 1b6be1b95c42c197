package io.raftctl.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional client address of a node: read, checked like the admin address, written back. */
class ClientAddressConfigTest {

    private static final Path BASE = Path.of("/srv/raft");

    private static ClusterConfig parse(String nodes) {
        return ClusterConfigLoader.parse("cluster: c\nnodes:\n" + nodes, "raftctl.yaml", BASE);
    }

    @Test
    void isOptionalPerNode() {
        ClusterConfig c = parse("""
                  - {id: n1, raft: 127.0.0.1:7001, admin: 127.0.0.1:8001, client: 127.0.0.1:9001}
                  - {id: n2, raft: 127.0.0.1:7002, admin: 127.0.0.1:8002}
                """);
        assertThat(c.node("n1").orElseThrow().client()).isEqualTo(new HostPort("127.0.0.1", 9001));
        assertThat(c.node("n2").orElseThrow().client()).isNull();
    }

    @Test
    void mustBeLoopbackUnlessRemoteAdminIsAllowedAndUnique() {
        assertThatThrownBy(() -> parse("  - {id: n1, raft: 127.0.0.1:7001, admin: 127.0.0.1:8001, client: 10.0.0.1:9001}\n"))
                .hasMessage("raftctl.yaml: line 3: nodes[0].client: 10.0.0.1:9001 is not a loopback address, which needs"
                        + " admin.allow_remote: true");
        assertThatThrownBy(() -> parse("  - {id: n1, raft: 127.0.0.1:7001, admin: 127.0.0.1:8001, client: 127.0.0.1:8001}\n"))
                .hasMessageContaining("address 127.0.0.1:8001 is already used by nodes[0].admin");
    }

    @Test
    void localDefaultGivesEveryNodeOneAndTheFileReadsBackEqual() {
        ClusterConfig c = ClusterConfig.localDefault("demo", 3, List.of(7001, 7002, 7003), List.of(8001, 8002, 8003),
                List.of(9001, 9002, 9003), Path.of(".raftctl"), true, true, true);
        String yaml = ClusterConfigWriter.toYaml(c);
        assertThat(yaml).contains("""
                  - id: n2
                    raft: 127.0.0.1:7002
                    admin: 127.0.0.1:8002
                    client: 127.0.0.1:9002
                """);
        assertThat(ClusterConfigLoader.parse(yaml, "raftctl.yaml", c.baseDir())).isEqualTo(c);
        assertThatThrownBy(() -> ClusterConfig.localDefault("demo", 1, List.of(7001), List.of(8001), List.of(7001),
                null, true, true, true)).hasMessage("port 7001 is given twice");
    }
}
