package io.raftctl.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain aligned text for a terminal. One line per row: every node's role, then the acting node, its
 * Op and its Delta. The seed's three columns per node would need about 130 columns for three nodes;
 * this layout fits 80 columns for up to five nodes with the usual Op lengths.
 */
final class TableRenderer implements TraceRenderer {

    private static final String GAP = "  ";

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        if (sections.isEmpty()) return "(no trace rows)\n";
        List<String> blocks = new ArrayList<>();
        TraceNotation notation = new TraceNotation(members);
        for (TraceSection section : sections) blocks.add(renderSection(notation, members.size(), section));
        return String.join("\n", blocks);
    }

    private String renderSection(TraceNotation notation, int nodes, TraceSection section) {
        StringBuilder out = new StringBuilder("== ").append(section.heading()).append(" ==\n");
        if (section.rows().isEmpty()) return out.append("(no rows)\n").toString();

        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int p = 0; p < nodes; p++) header.add(MergedRow.nodeName(p));
        header.addAll(List.of("NODE", "OP", "DELTA"));
        lines.add(header);
        for (MergedRow m : section.rows()) {
            List<String> cells = new ArrayList<>();
            for (int p = 0; p < nodes; p++) {
                cells.add(p < m.roles().size() ? Cells.oneLine(TraceNotation.role(m.roles().get(p))) : "");
            }
            cells.add(m.nodeName());
            cells.add(Cells.oneLine(notation.op(m.event())));
            cells.add(Cells.oneLine(TraceNotation.delta(m.event().delta())));
            lines.add(cells);
        }

        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], Cells.width(line.get(c)));
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) text.append(GAP);
                text.append(Cells.padRight(line.get(c), widths[c]));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
