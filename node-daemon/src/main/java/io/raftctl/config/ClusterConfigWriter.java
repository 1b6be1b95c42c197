package io.raftctl.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a cluster file that {@link ClusterConfigLoader} reads back to an equal {@link ClusterConfig}. */
public final class ClusterConfigWriter {

    private ClusterConfigWriter() {
    }

    /**
     * Writes {@code config} to {@code file}. When {@code file} is in another directory than the config's
     * base directory, relative paths are written absolute so that they keep their meaning.
     */
    public static void write(ClusterConfig config, Path file) throws IOException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        Files.createDirectories(dir);
        Files.writeString(file, toYaml(config.withBaseDir(dir)), StandardCharsets.UTF_8);
    }

    /** The cluster file's text, with comments on what each setting means. */
    public static String toYaml(ClusterConfig c) {
        RaftConfig r = c.raft();
        StringBuilder y = new StringBuilder();
        y.append("# raftctl cluster file. Relative paths are relative to this file's directory.\n");
        y.append("cluster: ").append(YamlScalarText.of(c.name())).append('\n');
        y.append("data_dir: ").append(path(c.dataDirSetting())).append("   # a node's data is <data_dir>/<node id>\n");
        y.append('\n');
        y.append("# Traces call the nodes N-1, N-2, ... in this order. Admin addresses must be loopback\n");
        y.append("# unless admin.allow_remote is true. client (optional) is the fast binary port for commands.\n");
        y.append("nodes:\n");
        for (NodeConfig n : c.nodes()) {
            y.append("  - id: ").append(YamlScalarText.of(n.id())).append('\n');
            y.append("    raft: ").append(YamlScalarText.of(n.raft().toString())).append('\n');
            y.append("    admin: ").append(YamlScalarText.of(n.admin().toString())).append('\n');
            if (n.client() != null) y.append("    client: ").append(YamlScalarText.of(n.client().toString())).append('\n');
        }
        y.append('\n');
        y.append("raft:\n");
        y.append("  heartbeat: ").append(DurationText.format(r.heartbeat()))
                .append("   # must be shorter than election_timeout.min\n");
        y.append("  election_timeout: {min: ").append(DurationText.format(r.electionTimeoutMin()))
                .append(", max: ").append(DurationText.format(r.electionTimeoutMax())).append("}\n");
        y.append("  pre_vote: ").append(r.preVote()).append('\n');
        y.append("  check_quorum: ").append(r.checkQuorum()).append('\n');
        y.append("  max_entries_per_message: ").append(r.maxEntriesPerMessage()).append('\n');
        y.append("  max_inflight: ").append(r.maxInflight()).append('\n');
        y.append("  timers: ").append(r.timers() ? "on" : "off")
                .append("   # off: no elections, heartbeats or retries unless an operator asks\n");
        y.append('\n');
        y.append("state_machine: ").append(c.stateMachine().yamlName()).append("   # counter | kv\n");
        y.append('\n');
        y.append("storage:\n");
        y.append("  fsync: ").append(c.storage().fsync()).append('\n');
        y.append('\n');
        y.append("admin:\n");
        y.append("  token_file: ").append(c.admin().tokenFile() == null ? "null" : path(c.admin().tokenFile()))
                .append("   # null: <data_dir>/<node id>/admin.token\n");
        y.append("  allow_remote: ").append(c.admin().allowRemote()).append('\n');
        return y.toString();
    }

    private static String path(Path p) {
        return YamlScalarText.of(p.toString());
    }
}
