package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.cluster.LocalClusterSpec;
import io.raftctl.cli.output.UpDocument;
import io.raftctl.cli.process.ClusterLock;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.FreePorts;
import io.raftctl.cli.process.LaunchOptions;
import io.raftctl.cli.process.RaftdJar;
import io.raftctl.cli.process.Readiness;
import io.raftctl.cli.process.RunningDaemon;
import io.raftctl.cli.sim.SimLifecycle;
import io.raftctl.config.ClusterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "up", description = {
        "Start the daemons of the cluster file that are not running, in the background, and wait until every"
                + " admin socket answers.",
        "With no cluster file, first write a default one: N local nodes n1..nN on free ports, data in .raftctl/"
                + " beside it. Idempotent: running nodes are left alone (--timers still applies).",
        "A node it starts is given the network rules (net isolate, net split) of the nodes already running.",
        "In a script run with 'raftctl run --sim', the first up creates the simulated cluster (no files, no processes)"
                + " and 'up NODE' after 'down NODE' restarts that node from its durable state."})
public final class UpCommand extends BaseCommand {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*", description = "Nodes to start (default: all).")
    List<String> nodes;

    @Option(names = "--nodes", paramLabel = "N", description = "Number of nodes of a new default cluster file (default: 3).")
    Integer count;

    @Option(names = "--timers", paramLabel = "on|off", converter = OnOff.Converter.class,
            completionCandidates = OnOff.Candidates.class,
            description = "Start with timer-driven actions on or off (applied to running nodes too).")
    OnOff timers;

    @Option(names = "--pre-vote", paramLabel = "on|off", converter = OnOff.Converter.class,
            completionCandidates = OnOff.Candidates.class,
            description = "Pre-vote (default: on).")
    OnOff preVote;

    @Option(names = "--check-quorum", paramLabel = "on|off", converter = OnOff.Converter.class,
            completionCandidates = OnOff.Candidates.class,
            description = "CheckQuorum (default: on).")
    OnOff checkQuorum;

    @Option(names = "--fresh", description = "Stop the named nodes (default: all) and wipe their data first.")
    boolean fresh;

    // Engine settings that daemons take from the cluster file (raft.max_entries_per_message, raft.max_inflight).
    @Option(names = "--max-entries-per-message", paramLabel = "N", description = "Simulator only: entries per"
            + " AppendEntries of the simulated cluster (default: 64, as in a cluster file).")
    Integer maxEntriesPerMessage;

    @Option(names = "--max-inflight", paramLabel = "N", description = "Simulator only: unacknowledged AppendEntries per"
            + " follower of the simulated cluster (default: 32, as in a cluster file).")
    Integer maxInflight;

    @Override
    protected void execute() throws InterruptedException {
        if (count != null && (count < 1 || count > ClusterConfig.MAX_NODES)) {
            throw CliException.usage("--nodes must be between 1 and " + ClusterConfig.MAX_NODES);
        }
        CommandContext ctx = ctx();
        if (ctx.simulation().isPresent()) {
            if (maxEntriesPerMessage != null && maxEntriesPerMessage < 1 || maxInflight != null && maxInflight < 1) {
                throw CliException.usage("--max-entries-per-message and --max-inflight must be at least 1");
            }
            SimLifecycle.up(ctx.simulation().get(), new SimLifecycle.UpOptions(nodes, count, OnOff.orNull(timers),
                    OnOff.orNull(preVote), OnOff.orNull(checkQuorum), maxEntriesPerMessage, maxInflight, fresh), out());
            return;
        }
        if (maxEntriesPerMessage != null || maxInflight != null) {
            throw CliException.usage("--max-entries-per-message and --max-inflight are for the simulator (raftctl run --sim);"
                    + " daemons take raft.max_entries_per_message and raft.max_inflight from the cluster file");
        }
        Path file = ctx.configPath();
        // Two 'up' at once would each start every daemon; the second waits here and finds them running.
        try (ClusterLock lock = ClusterLock.acquire(lockFile(file), file.toString(), out())) {
            startCluster(ctx, file);
        }
    }

    /** Before the file exists, its data directory will be the default one beside it. */
    private static Path lockFile(Path file) {
        if (Files.exists(file)) {
            try {
                return ClusterLock.lockFile(ClusterFiles.load(file));
            } catch (CliException e) {
                // An invalid file fails with its own message once the lock is held.
            }
        }
        return file.toAbsolutePath().normalize().getParent().resolve(ClusterConfig.DEFAULT_DATA_DIR).resolve(ClusterLock.FILE_NAME);
    }

    private void startCluster(CommandContext ctx, Path file) throws InterruptedException {
        boolean created = false;
        if (!Files.exists(file)) {
            writeDefault(file, count == null ? 3 : count, null);
            created = true;
        }
        ClusterView cluster = ctx.cluster();
        boolean generated = ClusterFiles.isGenerated(file);
        boolean allNodes = nodes == null || nodes.isEmpty();
        if (!created && count != null && cluster.nodes().size() != count && !(fresh && generated)) {
            throw CliException.usage(file + " defines " + Plural.nodes(cluster.nodes().size()) + ", not " + count
                    + (generated ? " (add --fresh to regenerate it and wipe the cluster's data)"
                    : " (edit it, or use another file with -c)"));
        }
        if (!created && fresh && generated && (allNodes || count != null && cluster.nodes().size() != count)) {
            // A fresh start of a file raftctl wrote: as if there had been no file, with this line's options.
            cluster = regenerate(cluster, file, count == null ? cluster.nodes().size() : count);
            nodes = null;
        }
        List<ClusterNode> selected = cluster.select(nodes);
        List<String> javaOptions = ctx.session().env("RAFTD_JAVA_OPTS").map(o -> Arrays.asList(o.trim().split("\\s+")))
                .orElse(List.of());
        DaemonManager daemons = new DaemonManager(cluster, RaftdJar.locate(ctx.session()), javaOptions);
        ClusterClient clients = new ClusterClient(cluster, AdminHttp.client());

        if (fresh) {
            stopAll(daemons, selected);
            for (ClusterNode n : selected) daemons.wipe(n.id());
        }
        Map<String, Process> started = new LinkedHashMap<>();
        List<String> alreadyRunning = new ArrayList<>();
        LaunchOptions launch = new LaunchOptions(OnOff.orNull(timers), OnOff.orNull(preVote), OnOff.orNull(checkQuorum));
        for (ClusterNode n : selected) {
            Optional<RunningDaemon> running = daemons.running(n.id());
            if (running.isPresent()) {
                alreadyRunning.add(n.id());
                continue;
            }
            started.put(n.id(), daemons.start(n.id(), launch));
        }
        if (created) out().line("wrote " + file + " (" + Plural.nodes(cluster.nodes().size()) + ")");
        Readiness.await(started, clients, daemons, out(), READY_TIMEOUT);
        List<String> netRulesSet = new NetRulesSync(clients, out()).sync(new ArrayList<>(started.keySet()));
        if (timers != null && !alreadyRunning.isEmpty()) {
            boolean on = timers.on();
            Targets.apply(ctx, alreadyRunning, c -> c.timers(on));
        }
        for (String id : alreadyRunning) {
            out().line(id + " is already running" + (timers == null ? "" : " (timers " + timers.text() + ")"));
        }
        if (!alreadyRunning.isEmpty() && (preVote != null || checkQuorum != null)) {
            out().warn("--pre-vote and --check-quorum apply when a node starts; " + String.join(", ", alreadyRunning)
                    + " kept their settings (use --fresh, or down and up, to change them)");
        }
        out().document(UpDocument.onDaemons(cluster.file().toString(), created, new ArrayList<>(started.keySet()),
                alreadyRunning, netRulesSet));
    }

    /** Writes a default file; from {@code old} it keeps the name, the data directory and, for the same size, the ports. */
    private void writeDefault(Path file, int n, ClusterView old) {
        String name = old == null ? "local" : old.name();
        Path dataDir = ClusterConfig.DEFAULT_DATA_DIR;
        List<Integer> raftPorts;
        List<Integer> adminPorts;
        List<Integer> clientPorts;
        if (old != null && old.nodes().size() == n && old.nodes().stream().allMatch(x -> x.client() != null)) {
            raftPorts = old.nodes().stream().map(x -> x.raft().port()).toList();
            adminPorts = old.nodes().stream().map(x -> x.admin().port()).toList();
            clientPorts = old.nodes().stream().map(x -> x.client().port()).toList();
        } else {
            List<Integer> ports = FreePorts.take(3 * n);
            raftPorts = ports.subList(0, n);
            adminPorts = ports.subList(n, 2 * n);
            clientPorts = ports.subList(2 * n, 3 * n);
        }
        if (old != null) {
            Path fileDir = file.toAbsolutePath().normalize().getParent();
            Path oldDataDir = old.dataDir(old.ids().get(0)).getParent();
            Path relative = fileDir.relativize(oldDataDir);
            dataDir = relative.toString().isEmpty() ? Path.of(".") : relative;
        }
        // The options of the line that creates the file become the file's settings (on unless it says off): a
        // later plain 'up' (a node restarted after 'down') runs as the cluster was set up.
        ClusterFiles.writeLocalDefault(file, new LocalClusterSpec(name, n, raftPorts, adminPorts, clientPorts, dataDir,
                timers != OnOff.OFF, preVote != OnOff.OFF, checkQuorum != OnOff.OFF));
    }

    /** Stops every node of a generated file, wipes their data and rewrites the file with this line's options. */
    private ClusterView regenerate(ClusterView old, Path file, int n) {
        DaemonManager oldDaemons = new DaemonManager(old, null, List.of());
        stopAll(oldDaemons, old.nodes());
        for (ClusterNode node : old.nodes()) oldDaemons.wipe(node.id());
        writeDefault(file, n, old);
        if (old.nodes().size() != n) out().line("regenerated " + file + " with " + Plural.nodes(n));
        return ClusterFiles.load(file);
    }

    private void stopAll(DaemonManager daemons, List<ClusterNode> which) {
        List<RunningDaemon> running = which.stream().flatMap(n -> daemons.running(n.id()).stream()).toList();
        for (DaemonManager.Stopped s : daemons.stopAll(running, false, STOP_GRACE)) {
            if (s.escalated()) out().warn(s.nodeId() + " did not stop within " + STOP_GRACE.toSeconds() + "s; killed it");
            out().line(s.nodeId() + " stopped (pid " + s.daemon().pid() + ")");
        }
    }
}
