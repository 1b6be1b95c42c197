package io.raftctl.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote or a line break, a
 * quote inside it doubled. Columns: {@code section,title,clock,node,role,op,delta} then one
 * {@code role_N-k} column per node.
 */
final class CsvRenderer implements TraceRenderer {

    private static final String EOL = "\r\n";

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        int nodes = members.size();
        TraceNotation notation = new TraceNotation(members);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("section", "title", "clock", "node", "role", "op", "delta"));
        for (int p = 0; p < nodes; p++) header.add("role_" + MergedRow.nodeName(p));
        appendLine(out, header);
        for (TraceSection section : sections) {
            for (MergedRow m : section.rows()) {
                List<String> fields = new ArrayList<>(List.of(
                        String.valueOf(section.number()), section.title(), String.valueOf(m.event().clock()),
                        m.nodeName(), TraceNotation.role(m.event().role()), notation.op(m.event()),
                        TraceNotation.delta(m.event().delta())));
                for (int p = 0; p < nodes; p++) fields.add(p < m.roles().size() ? TraceNotation.role(m.roles().get(p)) : "");
                appendLine(out, fields);
            }
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(fields.get(i)));
        }
        out.append(EOL);
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
