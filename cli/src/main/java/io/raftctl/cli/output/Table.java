package io.raftctl.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text table with aligned columns and an upper-case header, like {@code kubectl get}. Widths are computed on
 * the plain text; styles are applied after padding so colour codes never break the alignment.
 */
public final class Table {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<String, Style>> styles = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public Table column(String header) {
        return column(header, v -> Style.PLAIN);
    }

    public Table column(String header, Function<String, Style> style) {
        headers.add(header);
        styles.add(style);
        return this;
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) row.add(c == null ? "" : c.toString());
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The width of the widest line, in characters. */
    public int width() {
        return render(false).lines().mapToInt(String::length).max().orElse(0);
    }

    /** The table, one line per row, each line ending in a line break; trailing spaces trimmed. */
    public String render(boolean color) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = headers.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, headers, widths, color, true);
        for (List<String> row : rows) appendLine(out, row, widths, color, false);
        return out.toString();
    }

    private void appendLine(StringBuilder out, List<String> cells, int[] widths, boolean color, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean last = i == cells.size() - 1;
            String padded = last ? cell : cell + " ".repeat(widths[i] - cell.length() + 2);
            Style style = header ? Style.BOLD : styles.get(i).apply(cell);
            // Style only the text, not the padding.
            line.append(style.apply(cell, color)).append(padded.substring(cell.length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
