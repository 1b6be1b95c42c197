package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.RunningDaemon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "down", description = {
        "Stop daemons gracefully (SIGTERM; killed if still running after 10s) and wait until they are gone.",
        "--kill sends SIGKILL: a real crash, only what was fsynced survives. Nodes not running are left as they are."})
public final class DownCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*", description = "Nodes to stop (default: all).")
    List<String> nodes;

    @Option(names = "--kill", description = "SIGKILL instead of a graceful stop.")
    boolean kill;

    @Override
    protected void execute() {
        ClusterView cluster = cluster();
        DaemonManager daemons = new DaemonManager(cluster, null, List.of());
        List<String> stopped = new ArrayList<>();
        List<String> notRunning = new ArrayList<>();
        for (ClusterNode n : cluster.select(nodes)) {
            Optional<RunningDaemon> running = daemons.running(n.id());
            if (running.isEmpty()) {
                notRunning.add(n.id());
                out().line(n.id() + " is not running");
                continue;
            }
            RunningDaemon d = running.get();
            boolean escalated = daemons.stop(d, kill, UpCommand.STOP_GRACE);
            if (escalated) out().warn(n.id() + " did not stop within " + UpCommand.STOP_GRACE.toSeconds() + "s; killed it");
            stopped.add(n.id());
            out().line(n.id() + (kill || escalated ? " killed" : " stopped") + " (pid " + d.pid() + ")");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", true);
        doc.put("stopped", stopped);
        doc.put("not_running", notRunning);
        doc.put("killed", kill);
        out().document(doc);
    }
}
