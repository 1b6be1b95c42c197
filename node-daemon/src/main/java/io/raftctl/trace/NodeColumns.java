package io.raftctl.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The column layout of the seed document: Role, Op and Delta for every node, with only the acting
 * node's Op and Delta filled on each row. Shared by the rst and markdown renderers.
 */
final class NodeColumns {

    static final List<String> PER_NODE = List.of("Role", "Op", "Delta");

    private NodeColumns() {
    }

    /** {@code N-1 N-1 N-1 N-2 ...}: each node's name over its three columns. */
    static List<String> nodeHeader(int nodes) {
        List<String> cells = new ArrayList<>();
        for (int p = 0; p < nodes; p++) {
            for (int i = 0; i < PER_NODE.size(); i++) cells.add(MergedRow.nodeName(p));
        }
        return cells;
    }

    /** {@code Role Op Delta Role Op Delta ...} */
    static List<String> fieldHeader(int nodes) {
        List<String> cells = new ArrayList<>();
        for (int p = 0; p < nodes; p++) cells.addAll(PER_NODE);
        return cells;
    }

    static List<String> cells(MergedRow m, TraceNotation notation, int nodes) {
        List<String> cells = new ArrayList<>();
        for (int p = 0; p < nodes; p++) {
            boolean acting = p == m.nodePosition();
            cells.add(p < m.roles().size() ? Cells.oneLine(TraceNotation.role(m.roles().get(p))) : "");
            cells.add(acting ? Cells.oneLine(notation.op(m.event())) : "");
            cells.add(acting ? Cells.oneLine(TraceNotation.delta(m.event().delta())) : "");
        }
        return cells;
    }
}
