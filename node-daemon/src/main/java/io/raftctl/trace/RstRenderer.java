package io.raftctl.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * reStructuredText in the layout of the seed document: per section a heading underlined with
 * {@code =}, a blank line and a grid table with Role, Op and Delta columns for every node.
 */
final class RstRenderer implements TraceRenderer {

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        int nodes = members.size();
        TraceNotation notation = new TraceNotation(members);
        List<String> blocks = new ArrayList<>();
        for (TraceSection section : sections) {
            String heading = section.heading();
            List<List<String>> body = new ArrayList<>();
            for (MergedRow m : section.rows()) body.add(NodeColumns.cells(m, notation, nodes));
            GridTable table = new GridTable(List.of(NodeColumns.nodeHeader(nodes), NodeColumns.fieldHeader(nodes)), body);
            blocks.add(heading + "\n" + "=".repeat(Cells.width(heading)) + "\n\n" + table.render());
        }
        return String.join("\n", blocks);
    }
}
