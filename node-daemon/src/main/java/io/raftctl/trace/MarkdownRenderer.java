package io.raftctl.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub-flavoured markdown: per section a {@code ###} heading and a pipe table with the seed's
 * columns (Role, Op, Delta for every node). A pipe table has a single header row, so each header
 * cell names both the node and the field: {@code N-1 Role}.
 */
final class MarkdownRenderer implements TraceRenderer {

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        int nodes = members.size();
        TraceNotation notation = new TraceNotation(members);
        List<String> blocks = new ArrayList<>();
        for (TraceSection section : sections) {
            StringBuilder out = new StringBuilder("### ").append(escape(section.heading())).append("\n\n");
            List<String> header = new ArrayList<>();
            List<String> names = NodeColumns.nodeHeader(nodes);
            List<String> fields = NodeColumns.fieldHeader(nodes);
            for (int c = 0; c < names.size(); c++) header.add(names.get(c) + " " + fields.get(c));
            appendRow(out, header);
            appendRow(out, header.stream().map(h -> "---").toList());
            for (MergedRow m : section.rows()) appendRow(out, NodeColumns.cells(m, notation, nodes));
            blocks.add(out.toString());
        }
        return String.join("\n", blocks);
    }

    private static void appendRow(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) out.append(' ').append(escape(cell)).append(" |");
        out.append('\n');
    }

    /** A backslash first, so that the one added before a pipe is not doubled. */
    static String escape(String text) {
        return Cells.oneLine(text).replace("\\", "\\\\").replace("|", "\\|");
    }
}
