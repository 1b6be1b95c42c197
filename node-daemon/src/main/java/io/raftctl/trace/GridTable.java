package io.raftctl.trace;

import java.util.List;

/**
 * A reStructuredText grid table: header rows above a {@code +===+} line, body rows below, a
 * {@code +---+} line between all other rows. Each column is as wide as its widest cell, and every
 * cell has one space of padding on each side.
 */
final class GridTable {

    private final List<List<String>> header;
    private final List<List<String>> body;
    private final int[] widths;

    GridTable(List<List<String>> header, List<List<String>> body) {
        this.header = header;
        this.body = body;
        int columns = header.isEmpty() ? 0 : header.get(0).size();
        widths = new int[columns];
        for (List<List<String>> rows : List.of(header, body)) {
            for (List<String> row : rows) {
                for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], Cells.width(row.get(c)));
            }
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        String rule = rule('-');
        out.append(rule);
        for (int r = 0; r < header.size(); r++) {
            appendRow(out, header.get(r));
            out.append(r == header.size() - 1 ? rule('=') : rule);
        }
        for (List<String> row : body) {
            appendRow(out, row);
            out.append(rule);
        }
        return out.toString();
    }

    private String rule(char fill) {
        StringBuilder line = new StringBuilder("+");
        for (int w : widths) line.append(String.valueOf(fill).repeat(w + 2)).append('+');
        return line.append('\n').toString();
    }

    private void appendRow(StringBuilder out, List<String> cells) {
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            out.append(' ').append(Cells.padRight(cells.get(c), widths[c])).append(" |");
        }
        out.append('\n');
    }
}
