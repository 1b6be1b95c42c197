package io.raftctl.cli.sim;

import io.raftctl.cli.CliException;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.output.DownDocument;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.UpDocument;
import io.raftctl.config.RaftConfig;
import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.SimCluster;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code up} and {@code down} on the simulator: the first {@code up} (or an {@code up --fresh}) makes the
 * simulated cluster, with the line's settings and the cluster file's defaults for the rest (heartbeat, election
 * timeouts); {@code down} stops nodes' processes and {@code up NODE} starts them again from their durable state,
 * as on real daemons. Nothing is started outside this process and nothing is written to disk.
 */
public final class SimLifecycle {

    /** What {@code up} was asked; null options were not given. */
    public record UpOptions(List<String> nodes, Integer count, Boolean timers, Boolean preVote, Boolean checkQuorum,
                            Integer maxEntriesPerMessage, Integer maxInflight, boolean fresh) {

        public UpOptions(List<String> nodes, Integer count, Boolean timers, Boolean preVote, Boolean checkQuorum,
                         boolean fresh) {
            this(nodes, count, timers, preVote, checkQuorum, null, null, fresh);
        }

        boolean allNodes() {
            return nodes == null || nodes.isEmpty();
        }
    }

    private static final int DEFAULT_NODES = 3;

    private SimLifecycle() {
    }

    public static void up(SimWorld world, UpOptions options, Output out) {
        boolean created = false;
        boolean regenerated = false;
        List<String> stoppedFirst = new ArrayList<>();
        if (!world.hasCluster()) {
            create(world, options, options.count() == null ? DEFAULT_NODES : options.count(), out);
            created = true;
        } else {
            int size = world.cluster().ids().size();
            boolean resize = options.count() != null && options.count() != size;
            if (resize && !options.fresh()) {
                throw CliException.usage("the simulated cluster has " + nodes(size) + ", not " + options.count()
                        + " (add --fresh to start a new one)");
            }
            if (options.fresh() && (options.allNodes() || resize)) {
                // A fresh start of the whole cluster: as if there had been none, with this line's options.
                stoppedFirst.addAll(runningNodes(world));
                for (String id : stoppedFirst) out.line(id + " stopped");
                create(world, options, options.count() == null ? size : options.count(), out);
                created = true;
                regenerated = true;
            }
        }
        SimCluster cluster = world.cluster();
        // As on daemons: a fresh start of the whole cluster starts every node; a new cluster, the nodes named.
        List<String> selected = regenerated ? cluster.ids() : select(world, options.nodes());
        if (created) {
            for (String id : cluster.ids()) if (!selected.contains(id)) world.stop(id);
        }
        List<String> started = new ArrayList<>();
        List<String> alreadyRunning = new ArrayList<>();
        for (String id : selected) {
            if (created) {
                started.add(id);
            } else if (options.fresh()) {
                if (world.running(id)) {
                    world.stop(id);
                    out.line(id + " stopped");
                }
                cluster.wipe(id);
                world.start(id);
                started.add(id);
            } else if (world.running(id)) {
                alreadyRunning.add(id);
            } else {
                world.start(id);
                started.add(id);
            }
        }
        for (String id : started) out.line(id + " is up (simulated)");
        if (options.timers() != null) {
            for (String id : alreadyRunning) cluster.setTimers(id, options.timers());
            world.settle();
        }
        for (String id : alreadyRunning) {
            out.line(id + " is already running" + (options.timers() == null ? "" : " (timers " + (options.timers() ? "on" : "off") + ")"));
        }
        if (!alreadyRunning.isEmpty() && (options.preVote() != null || options.checkQuorum() != null)) {
            out.warn("--pre-vote and --check-quorum apply when a node starts; " + String.join(", ", alreadyRunning)
                    + " kept their settings (use --fresh, or down and up, to change them)");
        }
        if (!created && (options.maxEntriesPerMessage() != null || options.maxInflight() != null)) {
            out.warn("--max-entries-per-message and --max-inflight apply when the simulated cluster is created; it kept"
                    + " its settings (use --fresh to start a new one)");
        }
        out.document(UpDocument.simulated(world.seed(), created, started, alreadyRunning));
    }

    private static void create(SimWorld world, UpOptions options, int size, Output out) {
        RaftSettings d = RaftConfig.DEFAULTS.toSettings();
        RaftSettings settings = new RaftSettings(d.heartbeatMs(), d.electionMinMs(), d.electionMaxMs(),
                options.preVote() == null || options.preVote(), options.checkQuorum() == null || options.checkQuorum(),
                options.maxEntriesPerMessage() == null ? d.maxEntriesPerMessage() : options.maxEntriesPerMessage(),
                options.maxInflight() == null ? d.maxInflight() : options.maxInflight(),
                options.timers() == null || options.timers(), d.commitRule());
        world.create(SimCluster.defaultIds(size), settings);
        out.line("simulated cluster of " + nodes(size) + " (seed " + world.seed() + ", timers "
                + (settings.timersOn() ? "on" : "off") + ")");
    }

    public static void down(SimWorld world, List<String> named, boolean kill, Output out) {
        List<String> stopped = new ArrayList<>();
        List<String> notRunning = new ArrayList<>();
        for (String id : select(world, named)) {
            if (world.running(id)) {
                world.stop(id);
                stopped.add(id);
                out.line(id + (kill ? " killed" : " stopped"));
            } else {
                notRunning.add(id);
                out.line(id + " is not running");
            }
        }
        out.document(new DownDocument(stopped, notRunning, kill));
    }

    /** The named nodes (each checked, duplicates dropped), or every node. */
    private static List<String> select(SimWorld world, List<String> named) {
        return world.view().select(named).stream().map(ClusterNode::id).toList();
    }

    private static List<String> runningNodes(SimWorld world) {
        return world.cluster().ids().stream().filter(world::running).toList();
    }

    private static String nodes(int n) {
        return n == 1 ? "1 node" : n + " nodes";
    }
}
