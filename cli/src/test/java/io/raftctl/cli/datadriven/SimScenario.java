package io.raftctl.cli.datadriven;

import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.script.LineTokenizer;
import io.raftctl.cli.sim.SimWorld;
import io.raftctl.cli.sim.SimWorlds;
import io.raftctl.config.RaftConfig;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvents;
import io.raftctl.raft.Tracer;
import io.raftctl.sim.SimCluster;
import io.raftctl.trace.MergedRow;
import io.raftctl.trace.TraceFormat;
import io.raftctl.trace.TraceMerger;
import io.raftctl.trace.TraceSection;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One data-driven file's simulated world: the blocks of the file run one after the other in it, so that state
 * carries over from block to block. {@link #run} runs a block's lines as {@code raftctl run --sim} runs a
 * script's (the same command classes, on a {@link SimWorld}) and returns what the block prints: see
 * {@link DataDrivenTest}.
 */
final class SimScenario {

    /** The runner's own line: a simulated cluster with engine settings {@code up} has no option for. */
    static final String SIM_CLUSTER = "sim-cluster";

    /** A block that shows the trace itself gets no trace rows appended. */
    private static final Pattern SHOWS_TRACE = Pattern.compile("(^|\\s)trace\\s+show(\\s|$)");

    private final SimWorld world;
    /** What earlier blocks already printed, by node: the events of the node's tracer at the end of the last block. */
    private final Map<String, Set<TraceEvent>> seen = new HashMap<>();
    private final Map<String, Tracer> seenTracer = new HashMap<>();

    SimScenario(long seed) {
        this.world = new SimWorld(seed);
    }

    /** Runs every line of a block, failing or not, and returns what the block prints. */
    String run(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean showsTrace = false;
        for (String line : lines) {
            if (line.equals(SIM_CLUSTER) || line.startsWith(SIM_CLUSTER + " ")) {
                try {
                    out.append(simCluster(line));
                } catch (IllegalArgumentException e) {
                    out.append("error (exit 2): ").append(e.getMessage()).append('\n');
                }
            } else {
                out.append(runLine(line));
            }
            showsTrace |= SHOWS_TRACE.matcher(line).find();
        }
        String rows = newTraceRows();
        if (!showsTrace) out.append(rows);
        return out.toString();
    }

    /** What one line printed on standard output and error, in the order printed, and how it failed. */
    private String runLine(String line) {
        StringWriter text = new StringWriter();
        PrintWriter both = new PrintWriter(text, true);
        Session session = Session.of(both, both, Map.of()).withDefaults(null, OutputFormat.TEXT, false).withSimulation(world);
        Outcome outcome = Raftctl.executeLine(session, line);
        both.flush();
        String printed = withFinalNewline(text.toString());
        return outcome.succeeded() ? printed : withExitCode(printed, outcome);
    }

    /**
     * A failed line's error sentence (the last thing it printed, {@code error: no leader}) reads
     * {@code error (exit 1): no leader}; a failure that printed no sentence gets a line of its own.
     */
    static String withExitCode(String printed, Outcome outcome) {
        String marked = "error (exit " + outcome.exitCode() + ")";
        String error = outcome.error();
        if (error == null) return printed + marked + "\n";
        for (String printedAs : List.of("error: " + error + "\n", error + "\n")) {
            if (printed.endsWith(printedAs)) {
                return printed.substring(0, printed.length() - printedAs.length()) + marked + ": " + error + "\n";
            }
        }
        return printed + marked + ": " + error + "\n";
    }

    /**
     * The trace rows recorded since the previous block, in the seed's notation, laid out as {@code trace show
     * --format table} lays out those rows of their section (its heading, the column line, the rows). The roles
     * on each row come from the whole trace, as in {@code trace show}.
     */
    private String newTraceRows() {
        if (!world.hasCluster()) return "";
        SimCluster cluster = world.cluster();
        Map<String, List<TraceEvent>> events = cluster.traceRows(TraceEvents.DEFAULT);
        List<TraceSection> fresh = new ArrayList<>();
        for (TraceSection section : TraceMerger.merge(cluster.ids(), events)) {
            List<MergedRow> rows = section.rows().stream().filter(r -> isNew(cluster, r.event())).toList();
            if (!rows.isEmpty()) fresh.add(new TraceSection(section.number(), section.title(), rows));
        }
        seen.clear();
        seenTracer.clear();
        events.forEach((id, list) -> {
            seen.put(id, new HashSet<>(list));
            seenTracer.put(id, cluster.node(id).tracer());
        });
        return fresh.isEmpty() ? "" : TraceFormat.TABLE.renderer().render(cluster.ids(), fresh);
    }

    /** Not printed by an earlier block: a node's new process (or a new cluster) has a new trace. */
    private boolean isNew(SimCluster cluster, TraceEvent e) {
        if (seenTracer.get(e.node()) != cluster.node(e.node()).tracer()) return true;
        return !seen.getOrDefault(e.node(), Set.of()).contains(e);
    }

    /**
     * {@code sim-cluster [--nodes N] [--timers on|off] [--pre-vote on|off] [--check-quorum on|off]
     * [--max-entries-per-message N] [--max-inflight N] [--commit-rule current-term|unsafe-any-term]}: makes the
     * simulated cluster as the first {@code up} does (every node running, the cluster file's defaults for what is not
     * given), with the two flow-control settings of the cluster file's {@code raft:} section that {@code up} has no
     * option for. {@code --commit-rule unsafe-any-term} is the engine variant that commits entries of earlier terms
     * by counting replicas (the bug of Figure 8 in the Raft paper, never reachable from configuration): a file shows
     * with it that the simulator's safety check fails such an engine. Prints what {@code up} prints and the settings.
     */
    private String simCluster(String line) {
        List<String> words = LineTokenizer.tokenize(line);
        int nodes = 3;
        RaftSettings settings = RaftConfig.DEFAULTS.toSettings();
        for (int i = 1; i < words.size(); i += 2) {
            String option = words.get(i);
            if (i + 1 >= words.size()) throw new IllegalArgumentException(line + ": " + option + " needs a value");
            String value = words.get(i + 1);
            switch (option) {
                case "--nodes" -> nodes = Integer.parseInt(value);
                case "--timers" -> settings = settings.withTimers(onOff(line, value));
                case "--pre-vote" -> settings = settings.withPreVote(onOff(line, value));
                case "--check-quorum" -> settings = settings.withCheckQuorum(onOff(line, value));
                case "--max-entries-per-message" -> settings = settings.withMaxEntriesPerMessage(Integer.parseInt(value));
                case "--max-inflight" -> settings = new RaftSettings(settings.heartbeatMs(), settings.electionMinMs(),
                        settings.electionMaxMs(), settings.preVote(), settings.checkQuorum(),
                        settings.maxEntriesPerMessage(), Integer.parseInt(value), settings.timersOn(), settings.commitRule());
                case "--commit-rule" -> settings = settings.withCommitRule(switch (value) {
                    case "current-term" -> RaftSettings.CommitRule.CURRENT_TERM;
                    case "unsafe-any-term" -> RaftSettings.CommitRule.UNSAFE_ANY_TERM;
                    default -> throw new IllegalArgumentException(line + ": --commit-rule is current-term or unsafe-any-term");
                });
                default -> throw new IllegalArgumentException(line + ": unknown option " + option);
            }
        }
        if (world.hasCluster()) throw new IllegalArgumentException(line + ": the file already has a simulated cluster");
        SimWorlds.create(world, nodes, settings);
        StringBuilder out = new StringBuilder("simulated cluster of " + nodes + " nodes (seed " + world.seed() + ", timers "
                + onOff(settings.timersOn()) + ")\n");
        out.append("raft: pre_vote ").append(onOff(settings.preVote())).append(", check_quorum ")
                .append(onOff(settings.checkQuorum())).append(", max_entries_per_message ")
                .append(settings.maxEntriesPerMessage()).append(", max_inflight ").append(settings.maxInflight());
        if (settings.commitRule() != RaftSettings.CommitRule.CURRENT_TERM) {
            out.append(", commit rule ").append(settings.commitRule()).append(" (not Raft)");
        }
        out.append('\n');
        for (String id : world.cluster().ids()) out.append(id).append(" is up (simulated)\n");
        return out.toString();
    }

    private static boolean onOff(String line, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(line + ": expected on or off, not " + value);
        };
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String withFinalNewline(String s) {
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
    }
}
