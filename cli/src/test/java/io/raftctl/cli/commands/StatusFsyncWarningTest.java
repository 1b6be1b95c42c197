package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.Session;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.config.HostPort;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** status says so loudly when a node runs without fsync. */
class StatusFsyncWarningTest {

    private static StatusRows.Row node(String id, boolean fsync) {
        ClusterNode n = new ClusterNode(id, new HostPort("127.0.0.1", 7001), new HostPort("127.0.0.1", 8001));
        AdminDtos.Status s = new AdminDtos.Status(id, "N-1", "test", "FOLLOWER", false, false, 1L, null, null, 0L, 0L,
                0L, 0L, true, Map.of(), new AdminDtos.NetStatus(List.of(), List.of(), false, 0, false), null, "counter",
                fsync, 1, 1, 0);
        return new StatusRows.Row(n, s, null, null);
    }

    @Test
    void warnsNamingTheNodesWithoutFsync() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Output o = new Output(Session.of(new PrintWriter(out), new PrintWriter(err), Map.of()), OutputFormat.TEXT);

        StatusCommand.warnIfNoFsync(o, List.of(node("n1", true), node("n2", false), node("n3", false)));
        assertThat(err.toString()).isEqualTo("warning: fsync: false on n2, n3: acknowledged writes can be lost in a crash"
                + " (storage.fsync in the cluster file; experiments only)" + System.lineSeparator());

        StringWriter quiet = new StringWriter();
        StatusCommand.warnIfNoFsync(new Output(Session.of(new PrintWriter(out), new PrintWriter(quiet), Map.of()),
                OutputFormat.TEXT), List.of(node("n1", true)));
        assertThat(quiet.toString()).isEmpty();
    }

    @Test
    void warnsAboutRecoveringAndStoppedNodes() {
        ClusterNode n = new ClusterNode("n3", new HostPort("127.0.0.1", 7003), new HostPort("127.0.0.1", 8003));
        AdminDtos.Status recovering = new AdminDtos.Status("n3", "N-3", "test", "FOLLOWER", false, false, 1L, null, null,
                0L, 0L, 2L, 1L, true, Map.of(), new AdminDtos.NetStatus(List.of(), List.of(), false, 0, false), null,
                "repaired: dropped 4 record(s) because log segment s.seg is corrupt at byte offset 75 (CRC mismatch)",
                "counter", true, 1, 1, 0);
        AdminDtos.Status failed = new AdminDtos.Status("n1", "N-1", "test", "CRASHED", true, false, null, null, null,
                null, null, null, null, true, Map.of(), new AdminDtos.NetStatus(List.of(), List.of(), false, 0, false),
                "engine failed: java.lang.IllegalStateException: boom", "counter", true, 1, 1, 0);
        StringWriter err = new StringWriter();
        Output o = new Output(Session.of(new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of()), OutputFormat.TEXT);
        StatusCommand.warnIfStoppedOrRecovering(o, List.of(new StatusRows.Row(n, failed, null, null),
                new StatusRows.Row(n, recovering, null, null), node("n2", true)));
        String nl = System.lineSeparator();
        assertThat(err.toString()).isEqualTo("warning: n3: engine failed: java.lang.IllegalStateException: boom" + nl
                + "warning: n3: recovering: repaired: dropped 4 record(s) because log segment s.seg is corrupt at byte"
                + " offset 75 (CRC mismatch); it neither votes nor campaigns until it has caught up with a leader" + nl);
    }
}
