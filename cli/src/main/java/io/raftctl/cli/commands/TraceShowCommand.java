package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.client.NodeTrace;
import io.raftctl.cli.output.TraceDocument;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "show", description = {
        "The merged trace of every reachable node, in causal order, cut into sections.",
        "rst renders sections and grid tables like the seed document; puml a PlantUML sequence diagram;"
                + " svg draws that diagram (raftctl trace show --format svg > trace.svg, then open it in a browser);"
                + " html is one self-contained page with every section's diagram and table.",
        "--events all adds rows the seed's notation leaves out: APPLY FAILED i-N explode|error (an apply failed"
                + " at the node and will be retried), TRIGGER SET NAME [VALUE] and TRIGGER CLEAR [NAME] (an operator"
                + " armed or cleared a trigger), and the applied index ai-X in the Delta column."
                + " Without it (--events default) the output is the seed's notation, unchanged."})
public final class TraceShowCommand extends BaseCommand {

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Args.TraceFormatCandidates.class,
            description = "table, rst, md, csv, json, puml, svg or html (default: table, or json with -o json).")
    String format;

    @Option(names = "--section", paramLabel = "N", description = "Only section N (1 is the first 'trace section').")
    Integer section;

    @Option(names = "--events", paramLabel = "default|all", converter = Args.TraceEventsConverter.class,
            completionCandidates = Args.TraceEventsCandidates.class,
            description = "default shows the seed's notation (the default); all also shows the APPLY FAILED and"
                    + " TRIGGER rows and ai-X deltas.")
    TraceEvents events = TraceEvents.DEFAULT;

    @Override
    protected void execute() {
        String chosen = TraceDocument.checkFormat(format != null ? format : out().json() ? "json" : "table");
        if (section != null && section < 0) throw CliException.usage("--section must not be negative");
        List<NodeReply<NodeTrace>> replies = Targets.apply(ctx(), List.of(), client -> client.trace(events));
        Map<String, List<TraceEvent>> traced = new LinkedHashMap<>();
        for (NodeReply<NodeTrace> r : replies) {
            if (r.value().leftOut() != null) {
                out().warn(r.id() + "'s trace is left out: " + r.value().leftOut() + "; restart it with this raftctl's raftd"
                        + " ('raftctl down " + r.id() + "', then 'raftctl up " + r.id() + "')");
                continue;
            }
            traced.put(r.id(), r.value().events());
            if (r.value().dropped() > 0) {
                out().warn(r.id() + " dropped its " + r.value().dropped() + " oldest trace rows (trace buffer full)");
            }
        }
        String text = TraceDocument.render(chosen, "raftctl trace of cluster " + cluster().name(), cluster().ids(), traced, section);
        ctx().session().out().print(text);
        ctx().session().out().flush();
        warnIfWiderThanTheTerminal(chosen, text);
    }

    /** A grid table wider than the terminal wraps into a mess: say how to read it instead. */
    private void warnIfWiderThanTheTerminal(String chosen, String text) {
        int width = ctx().session().width();
        if (width <= 0 || chosen.equals("table") || chosen.equals("json") || chosen.equals("csv")) return;
        if (chosen.equals("svg") || chosen.equals("html") || chosen.equals("puml")) return;
        int widest = text.lines().mapToInt(String::length).max().orElse(0);
        if (widest <= width) return;
        out().note("note: this " + chosen + " trace is " + widest + " columns wide and the terminal " + width
                + ": page it with 'less -S' (e.g. raftctl trace show --format " + chosen + " | less -S), write it to a"
                + " file, or use --format table");
    }
}
