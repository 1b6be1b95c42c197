package io.raftctl.trace;

import java.util.List;
import java.util.function.Function;

/**
 * One self-contained HTML page: for every section its heading, its sequence diagram (an inline picture
 * made from the section's PlantUML text by the given function) and its rows as a table in the seed's
 * layout (Role, Op and Delta for every node). No script, no external file: it opens anywhere, offline.
 */
public final class HtmlRenderer implements TraceRenderer {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
            nav li { margin: .2em 0; }
            .diagram { overflow-x: auto; margin: 1em 0; }
            table { border-collapse: collapse; font-family: ui-monospace, monospace; font-size: .85em; }
            th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; white-space: nowrap; }
            th { background: #f3f3f3; }
            td.acting { background: #fff8dc; }
            td.role-LEAD { color: #0a7d32; font-weight: bold; } td.role-CNDI { color: #a86b00; }
            """;

    private final String title;
    private final Function<String, String> diagram;

    /**
     * @param title   the page title, e.g. {@code raftctl trace of cluster local}
     * @param diagram turns a section's PlantUML text into an inline {@code <svg>} element (or any HTML)
     */
    public HtmlRenderer(String title, Function<String, String> diagram) {
        this.title = title;
        this.diagram = diagram;
    }

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n<p>Nodes: ");
        for (int p = 0; p < members.size(); p++) {
            if (p > 0) out.append(", ");
            out.append(escape(MergedRow.nodeName(p))).append(" (").append(escape(members.get(p))).append(')');
        }
        out.append("</p>\n");
        if (sections.isEmpty()) return out.append("<p>(no trace rows)</p>\n</body>\n</html>\n").toString();
        out.append("<nav><ol>\n");
        for (TraceSection s : sections) {
            out.append("<li><a href=\"#section-").append(s.number()).append("\">").append(escape(s.heading())).append("</a></li>\n");
        }
        out.append("</ol></nav>\n");
        PlantUmlRenderer puml = new PlantUmlRenderer();
        for (TraceSection s : sections) {
            out.append("<section id=\"section-").append(s.number()).append("\">\n<h2>").append(escape(s.heading())).append("</h2>\n");
            if (s.rows().isEmpty()) {
                out.append("<p>(no rows)</p>\n</section>\n");
                continue;
            }
            out.append("<div class=\"diagram\">\n").append(diagram.apply(puml.render(members, List.of(s)))).append("\n</div>\n");
            appendTable(out, new TraceNotation(members), members.size(), s);
            out.append("</section>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void appendTable(StringBuilder out, TraceNotation notation, int nodes, TraceSection section) {
        out.append("<table>\n<thead>\n<tr>");
        for (int p = 0; p < nodes; p++) {
            out.append("<th colspan=\"").append(NodeColumns.PER_NODE.size()).append("\">").append(MergedRow.nodeName(p)).append("</th>");
        }
        out.append("</tr>\n<tr>");
        for (String h : NodeColumns.fieldHeader(nodes)) out.append("<th>").append(h).append("</th>");
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (MergedRow m : section.rows()) {
            out.append("<tr>");
            List<String> cells = NodeColumns.cells(m, notation, nodes);
            for (int c = 0; c < cells.size(); c++) {
                int node = c / NodeColumns.PER_NODE.size();
                boolean roleCell = c % NodeColumns.PER_NODE.size() == 0;
                String css = roleCell ? "role-" + cells.get(c).replaceAll("[^A-Za-z]", "") : node == m.nodePosition() ? "acting" : "";
                out.append(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">").append(escape(cells.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
