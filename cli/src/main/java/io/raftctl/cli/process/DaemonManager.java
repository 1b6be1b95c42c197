package io.raftctl.cli.process;

import io.raftctl.cli.CliException;
import io.raftctl.cli.cluster.ClusterView;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts, finds and stops the raftd processes of a cluster file's nodes on this machine. A daemon is found
 * through its pid file and signalled only after its command line proves it is that node's raftd.
 */
public final class DaemonManager {

    /**
     * JVM options every raftd starts with, before $RAFTD_JAVA_OPTS (which may override them): a GC pause target
     * far below the shortest election timeout, so that a collection does not look like a dead leader.
     */
    public static final List<String> DEFAULT_JAVA_OPTIONS = List.of("-XX:MaxGCPauseMillis=20");

    private final ClusterView cluster;
    private final Path raftdJar;
    private final List<String> javaOptions;

    /** @param raftdJar the jar to start; may be null when only finding and stopping daemons */
    public DaemonManager(ClusterView cluster, Path raftdJar, List<String> javaOptions) {
        this.cluster = cluster;
        this.raftdJar = raftdJar;
        this.javaOptions = List.copyOf(javaOptions);
    }

    /** The node's running daemon. A pid file naming a dead or unrelated process is stale and is removed. */
    public Optional<RunningDaemon> running(String nodeId) {
        Path pidFile = cluster.pidFile(nodeId);
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) return Optional.empty();
        Optional<ProcessHandle> handle = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            deleteQuietly(pidFile);
            return Optional.empty();
        }
        Optional<List<String>> args = ProcessInspector.commandLine(handle.get());
        if (args.isEmpty()) return Optional.empty();
        if (DaemonIdentity.matches(args.get(), nodeId, cluster.file(), ProcessInspector.workingDirectory(handle.get()))) {
            return Optional.of(new RunningDaemon(nodeId, handle.get()));
        }
        // The pid now belongs to something else: the pid file outlived its daemon.
        if (!DaemonIdentity.isRaftdOf(args.get(), nodeId)) deleteQuietly(pidFile);
        return Optional.empty();
    }

    /** Starts the node's daemon, detached from this terminal, output appended to {@code raftd.out}. */
    public Process start(String nodeId, LaunchOptions options) {
        if (raftdJar == null) throw new IllegalStateException("no raftd jar to start");
        Path dataDir = cluster.dataDir(nodeId);
        List<String> command = new ArrayList<>();
        Sessions.setsid().ifPresent(command::add);
        command.add(RaftdJar.javaBinary());
        command.addAll(DEFAULT_JAVA_OPTIONS);
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(LaunchJar.copyFor(raftdJar, dataDir).toString());
        command.add("--config");
        command.add(cluster.file().toString());
        command.add("--node");
        command.add(nodeId);
        addSwitch(command, "--timers", options.timers());
        addSwitch(command, "--pre-vote", options.preVote());
        addSwitch(command, "--check-quorum", options.checkQuorum());
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(cluster.file().getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(cluster.outFile(nodeId).toFile()))
                    .redirectErrorStream(true);
            return builder.start();
        } catch (IOException e) {
            throw CliException.failed("cannot start raftd for " + nodeId + ": " + e.getMessage());
        }
    }

    /** How a daemon was stopped: {@code escalated} when it ignored SIGTERM for the grace period and was killed. */
    public record Stopped(RunningDaemon daemon, boolean escalated) {
        public String nodeId() {
            return daemon.nodeId();
        }
    }

    /**
     * Stops a daemon: SIGTERM and up to {@code grace} to exit, else (or with {@code kill}) SIGKILL.
     *
     * @return true if it had to be killed after the grace period
     */
    public boolean stop(RunningDaemon daemon, boolean kill, Duration grace) {
        return stopAll(List.of(daemon), kill, grace).get(0).escalated();
    }

    /**
     * Stops several daemons together: every one is signalled first, then all are awaited against one deadline,
     * so that stopping N nodes takes as long as the slowest, not the sum. Those still running after
     * {@code grace} are killed. Pid files are removed (a killed daemon cannot remove its own).
     *
     * @return one entry per daemon, in the order given
     * @throws CliException exit 1 naming a daemon that survived SIGKILL
     */
    public List<Stopped> stopAll(List<RunningDaemon> daemons, boolean kill, Duration grace) {
        for (RunningDaemon d : daemons) signal(d.process(), kill);
        List<RunningDaemon> stubborn = ProcessExit.awaitAll(daemons.stream().map(RunningDaemon::process).toList(), grace)
                .stream().map(p -> daemons.stream().filter(d -> d.process().equals(p)).findFirst().orElseThrow()).toList();
        if (!stubborn.isEmpty()) {
            for (RunningDaemon d : stubborn) signal(d.process(), true);
            List<ProcessHandle> survivors = ProcessExit.awaitAll(stubborn.stream().map(RunningDaemon::process).toList(), KILL_WAIT);
            if (!survivors.isEmpty()) {
                RunningDaemon d = stubborn.stream().filter(x -> x.process().equals(survivors.get(0))).findFirst().orElseThrow();
                throw CliException.failed(d.nodeId() + " (pid " + d.pid() + ") did not exit");
            }
        }
        List<Stopped> result = new ArrayList<>();
        for (RunningDaemon d : daemons) {
            deleteQuietly(cluster.pidFile(d.nodeId()));
            result.add(new Stopped(d, !kill && stubborn.contains(d)));
        }
        return result;
    }

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private static void signal(ProcessHandle process, boolean kill) {
        if (kill) process.destroyForcibly();
        else process.destroy();
    }

    /** Deletes the node's data directory (log, state, token, pid and output files). */
    public void wipe(String nodeId) {
        Path dir = cluster.dataDir(nodeId).toAbsolutePath().normalize();
        // Guard against a cluster file whose data_dir points somewhere it should not.
        if (dir.getNameCount() < 2 || dir.equals(Path.of(System.getProperty("user.home")).toAbsolutePath())) {
            throw CliException.usage("refusing to wipe " + dir + ": not a node data directory");
        }
        try {
            deleteRecursively(dir);
        } catch (IOException e) {
            throw CliException.failed("cannot wipe " + dir + ": " + e.getMessage());
        }
    }

    /** The last {@code lines} lines of the node's raftd.out and raftd.log, to explain a failed start. */
    public String tail(String nodeId, int lines) {
        StringBuilder b = new StringBuilder();
        for (Path f : List.of(cluster.outFile(nodeId), cluster.logFile(nodeId))) {
            List<String> all;
            try {
                all = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue;
            }
            if (all.isEmpty()) continue;
            b.append("--- last lines of ").append(f).append(" ---\n");
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> b.append(l).append('\n'));
        }
        return b.toString();
    }

    private static void addSwitch(List<String> command, String name, Boolean value) {
        if (value != null) {
            command.add(name);
            command.add(value ? "on" : "off");
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Harmless: the next look finds it stale again.
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
