package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.DownDocument;
import io.raftctl.cli.process.ClusterLock;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.RunningDaemon;
import io.raftctl.cli.sim.SimLifecycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "down", description = {
        "Stop daemons gracefully (SIGTERM; killed if still running after 10s) and wait until they are gone."
                + " Every node is signalled at once and all are awaited together.",
        "--kill sends SIGKILL: a real crash, only what was fsynced survives. Nodes not running are left as they are.",
        "On the simulator (raftctl run --sim) a stopped node is unreachable (exit 3) until 'up NODE' starts it again."})
public final class DownCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*", description = "Nodes to stop (default: all).")
    List<String> nodes;

    @Option(names = "--kill", description = "SIGKILL instead of a graceful stop.")
    boolean kill;

    @Override
    protected void execute() {
        if (ctx().simulation().isPresent()) {
            SimLifecycle.down(ctx().simulation().get(), nodes, kill, out());
            return;
        }
        ClusterView cluster = cluster();
        DaemonManager daemons = new DaemonManager(cluster, null, List.of());
        try (ClusterLock lock = ClusterLock.acquire(cluster, out())) {
            List<RunningDaemon> running = new ArrayList<>();
            List<String> notRunning = new ArrayList<>();
            for (ClusterNode n : cluster.select(nodes)) {
                Optional<RunningDaemon> d = daemons.running(n.id());
                if (d.isPresent()) running.add(d.get());
                else notRunning.add(n.id());
            }
            Map<String, DaemonManager.Stopped> stopped = new LinkedHashMap<>();
            for (DaemonManager.Stopped s : daemons.stopAll(running, kill, UpCommand.STOP_GRACE)) {
                if (s.escalated()) out().warn(s.nodeId() + " did not stop within " + UpCommand.STOP_GRACE.toSeconds() + "s; killed it");
                stopped.put(s.nodeId(), s);
            }
            // One line per node, in the file's order.
            for (ClusterNode n : cluster.select(nodes)) {
                DaemonManager.Stopped s = stopped.get(n.id());
                if (s == null) out().line(n.id() + " is not running");
                else out().line(n.id() + (kill || s.escalated() ? " killed" : " stopped") + " (pid " + s.daemon().pid() + ")");
            }
            out().document(new DownDocument(new ArrayList<>(stopped.keySet()), notRunning, kill));
        }
    }
}
