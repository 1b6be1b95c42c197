package io.raftctl.cli.script;

import io.raftctl.cli.CliException;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.process.DaemonManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary directory in which one script's own cluster lives (its cluster file and data), so that running
 * example scripts never stops, wipes or rewrites the operator's cluster. When the script is done, every daemon
 * of that cluster is stopped; the directory is deleted unless it is to be kept (a failed script, {@code --keep}).
 */
public final class ScratchCluster {

    private final Path dir;

    private ScratchCluster(Path dir) {
        this.dir = dir;
    }

    public static ScratchCluster create(Path script) {
        String name = script.getFileName().toString().replaceAll("\\.raftctl$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
        try {
            return new ScratchCluster(Files.createTempDirectory("raftctl-run-" + name + "-"));
        } catch (IOException e) {
            throw CliException.failed("cannot create a scratch directory for " + script + ": " + e.getMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    /** The cluster file the script's lines use by default. */
    public Path configFile() {
        return dir.resolve("raftctl.yaml");
    }

    /**
     * Stops every daemon the script left running (SIGKILL: the data is thrown away or kept only for reading) and,
     * unless {@code keep}, deletes the directory. Runs with the interrupt status cleared, so that a Ctrl-C that
     * ended the script does not also cut its clean-up short; the status is restored afterwards.
     *
     * @return the names of the nodes that were still running
     */
    public List<String> close(boolean keep) {
        boolean interrupted = Thread.interrupted();
        try {
            List<String> stopped = stopDaemons();
            if (!keep) deleteTree();
            return stopped;
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private List<String> stopDaemons() {
        if (!Files.exists(configFile())) return List.of();
        ClusterView cluster;
        try {
            cluster = ClusterFiles.load(configFile());
        } catch (CliException e) {
            return List.of();
        }
        DaemonManager daemons = new DaemonManager(cluster, null, List.of());
        var running = cluster.ids().stream().flatMap(id -> daemons.running(id).stream()).toList();
        daemons.stopAll(running, true, Duration.ZERO);
        return running.stream().map(d -> d.nodeId()).toList();
    }

    private void deleteTree() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // A scratch directory left in the temporary folder harms nothing.
        }
    }
}
