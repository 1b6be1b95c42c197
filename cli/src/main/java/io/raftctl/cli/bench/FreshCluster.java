package io.raftctl.cli.bench;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Session;
import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.cluster.LocalClusterSpec;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.FreePorts;
import io.raftctl.cli.process.LaunchOptions;
import io.raftctl.cli.process.RaftdJar;
import io.raftctl.cli.process.Readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new local 3-node cluster for one bench run, in a temporary directory: default settings (fsync on, timers on),
 * every node with a client port. Stopped and deleted when the run ends.
 */
final class FreshCluster implements AutoCloseable {

    static final int NODES = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Path dir;
    private final ClusterView cluster;
    private final DaemonManager daemons;

    private FreshCluster(Path dir, ClusterView cluster, DaemonManager daemons) {
        this.dir = dir;
        this.cluster = cluster;
        this.daemons = daemons;
    }

    static FreshCluster start(Session session, Output out) throws InterruptedException {
        Path dir;
        try {
            // $TMPDIR when set (tests point it at their own directory), else the JVM's temp directory.
            Path parent = Path.of(session.env("TMPDIR").orElse(System.getProperty("java.io.tmpdir")));
            dir = Files.createTempDirectory(parent, "raftctl-bench-");
        } catch (IOException e) {
            throw CliException.failed("cannot create a directory for the fresh cluster: " + e.getMessage());
        }
        Path file = dir.resolve("raftctl.yaml");
        List<Integer> ports = FreePorts.take(3 * NODES);
        ClusterFiles.writeLocalDefault(file, new LocalClusterSpec("bench", NODES, ports.subList(0, NODES),
                ports.subList(NODES, 2 * NODES), ports.subList(2 * NODES, 3 * NODES), Path.of(".raftctl"),
                true, true, true));
        ClusterView cluster = ClusterFiles.load(file);
        List<String> javaOptions = session.env("RAFTD_JAVA_OPTS").map(o -> Arrays.asList(o.trim().split("\\s+")))
                .orElse(List.of());
        DaemonManager daemons = new DaemonManager(cluster, RaftdJar.locate(session), javaOptions);
        FreshCluster fresh = new FreshCluster(dir, cluster, daemons);
        try {
            Map<String, Process> started = new LinkedHashMap<>();
            for (ClusterNode n : cluster.nodes()) started.put(n.id(), daemons.start(n.id(), LaunchOptions.DEFAULTS));
            Readiness.await(started, new ClusterClient(cluster, AdminHttp.client()), daemons, out, READY_TIMEOUT);
        } catch (RuntimeException | InterruptedException e) {
            fresh.close();
            throw e;
        }
        return fresh;
    }

    ClusterView cluster() {
        return cluster;
    }

    DaemonManager daemons() {
        return daemons;
    }

    /** Stops the daemons this run started, by their pid files, and deletes the directory. */
    @Override
    public void close() {
        for (ClusterNode n : cluster.nodes()) {
            daemons.running(n.id()).ifPresent(d -> daemons.stop(d, false, STOP_GRACE));
        }
        for (ClusterNode n : cluster.nodes()) daemons.wipe(n.id());
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
