package io.raftctl.cli.output;

import io.raftctl.cli.CliException;
import io.raftctl.raft.TraceRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Merges the nodes' trace rows and renders them. Interim: a plain causal-order listing until the shared
 * trace renderers (package io.raftctl.trace) are merged in.
 */
public final class TraceDocument {

    private static final List<String> FORMATS = List.of("table", "rst", "md", "csv", "json", "puml");

    private TraceDocument() {
    }

    /** @throws CliException exit 2 for an unknown format */
    public static void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw CliException.usage("unknown trace format '" + format + "' (expected one of " + String.join(", ", FORMATS) + ")");
        }
    }

    public static String render(String format, List<String> members, Map<String, List<TraceRow>> rowsByNode, Integer section) {
        List<TraceRow> all = new ArrayList<>();
        rowsByNode.values().forEach(all::addAll);
        all.sort(Comparator.comparingLong(TraceRow::clock)
                .thenComparingInt(r -> members.indexOf(r.node()))
                .thenComparingLong(TraceRow::seq));
        Table t = new Table().column("NODE").column("ROLE").column("OP").column("DELTA");
        int current = 0;
        for (TraceRow r : all) {
            if (r.isSection()) {
                current++;
                continue;
            }
            if (section != null && section != current) continue;
            t.row("N-" + (members.indexOf(r.node()) + 1), r.role(), r.op(), r.delta());
        }
        return t.render(false);
    }
}
