package io.raftctl.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.LaunchOptions;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * One local cluster of real raftd processes for a chaos run, in a directory of its own, with timers on. It
 * starts, kills and restarts only its own daemons (found through their pid files, checked to be theirs).
 */
final class ChaosCluster {

    static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final String name;
    private final String machine;
    private final ClusterView view;
    private final DaemonManager daemons;
    private final Map<String, NodeApi> nodes = new LinkedHashMap<>();
    private final Map<String, Process> started = new java.util.concurrent.ConcurrentHashMap<>();

    private ChaosCluster(String name, String machine, ClusterView view, DaemonManager daemons, HttpClient http) {
        this.name = name;
        this.machine = machine;
        this.view = view;
        this.daemons = daemons;
        for (ClusterNode n : view.nodes()) {
            nodes.put(n.id(), new NodeApi(n.id(), n.admin().host(), n.admin().port(), view.tokenFile(n.id()), http));
        }
    }

    /** Writes the cluster file {@code dir/cluster.yaml} for {@code size} nodes on free loopback ports. */
    static ChaosCluster create(Path dir, String name, String machine, int size, Path raftdJar, List<String> javaOptions,
                               HttpClient http) throws IOException {
        List<Integer> ports = QuietPorts.take(2 * size);
        StringBuilder yaml = new StringBuilder()
                .append("# A chaos run's cluster: written by raftctl chaos, removed with its directory.\n")
                .append("cluster: ").append(name).append('\n')
                .append("data_dir: data\n")
                .append("state_machine: ").append(machine).append('\n')
                // Longer election timeouts than the default: the run shares a small machine with its clients,
                // and elections should come from the faults rather than from a busy CPU.
                .append("raft:\n  heartbeat: 50ms\n  election_timeout: {min: 300ms, max: 600ms}\n  timers: on\n")
                .append("nodes:\n");
        for (int i = 1; i <= size; i++) {
            yaml.append("  - {id: n").append(i).append(", raft: 127.0.0.1:").append(ports.get(2 * i - 2))
                    .append(", admin: 127.0.0.1:").append(ports.get(2 * i - 1)).append("}\n");
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("cluster.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        ClusterView view = ClusterFiles.load(file);
        return new ChaosCluster(name, machine, view, new DaemonManager(view, raftdJar, javaOptions), http);
    }

    String name() {
        return name;
    }

    String machine() {
        return machine;
    }

    List<String> ids() {
        return view.ids();
    }

    NodeApi node(String id) {
        return nodes.get(id);
    }

    Path dataDir(String id) {
        return view.dataDir(id);
    }

    /** Starts every node and waits until each answers. */
    void startAll() {
        for (String id : ids()) started.put(id, daemons.start(id, LaunchOptions.DEFAULTS));
        for (String id : ids()) awaitUp(id);
    }

    /** Starts a node's process again (after a kill) and waits until it answers. */
    void start(String id) {
        if (daemons.running(id).isEmpty()) started.put(id, daemons.start(id, LaunchOptions.DEFAULTS));
        awaitUp(id);
    }

    /** SIGKILL: the process dies at once, with whatever it had not fsynced. */
    void kill(String id) {
        daemons.running(id).ifPresent(d -> daemons.stop(d, true, Duration.ZERO));
    }

    boolean running(String id) {
        return daemons.running(id).isPresent();
    }

    /** Stops every daemon of this cluster; gracefully unless {@code kill}. Never throws. */
    void stopAll(boolean kill) {
        for (String id : ids()) {
            try {
                daemons.running(id).ifPresent(d -> daemons.stop(d, kill, STOP_GRACE));
            } catch (RuntimeException e) {
                // Best effort: the caller reports what is left running.
            }
        }
    }

    void awaitUp(String id) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (nodes.get(id).status() == null) {
            Process p = started.get(id);
            if (p != null && !p.isAlive()) {
                throw new ChaosException(name + "/" + id + " exited with " + p.exitValue() + " at its start: " + lastLine(id));
            }
            if (System.nanoTime() > deadline) {
                throw new ChaosException(name + "/" + id + " did not answer within " + START_TIMEOUT.toSeconds() + "s of its start: " + lastLine(id));
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }

    /** The last line the node's daemon wrote, to say why it did not start. */
    private String lastLine(String id) {
        String[] lines = daemons.tail(id, 1).strip().split("\n");
        return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
    }

    /** The node that claims leadership in the highest term, or null. */
    String leader() {
        String leader = null;
        long best = -1;
        for (String id : ids()) {
            JsonNode s = nodes.get(id).status();
            if (s != null && "LEADER".equals(s.path("role").asText()) && s.path("term").asLong() > best) {
                best = s.path("term").asLong();
                leader = id;
            }
        }
        return leader;
    }

    /** Sends an action to every node; returns the ids that did not take it (down, or refused). */
    List<String> broadcast(String path, Object body) {
        List<String> missed = new ArrayList<>();
        for (String id : ids()) if (!nodes.get(id).action(path, body)) missed.add(id);
        return missed;
    }
}
