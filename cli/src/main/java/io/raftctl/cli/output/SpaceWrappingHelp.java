package io.raftctl.cli.output;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * picocli's help, wrapped at spaces only. picocli wraps with the JDK's line break rules, which break after a dot
 * and before a slash: {@code ./raftctl.yaml} came out as {@code .} at the end of one line and {@code /raftctl.}
 * on the next. Help texts here are full of file names, durations ({@code 2.5s}) and command lines that must read
 * whole, so descriptions and the option and parameter lists break between words only.
 */
public final class SpaceWrappingHelp extends Help {

    public static final CommandLine.IHelpFactory FACTORY = SpaceWrappingHelp::new;

    private SpaceWrappingHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
        Layout layout = super.createDefaultLayout(options, positionals, scheme);
        TextTable table = layout.textTable();
        TextTable ours = new SpaceWrappingTable(scheme, table.columns());
        ours.indentWrappedLines = table.indentWrappedLines;
        return new Layout(scheme, ours, layout.optionRenderer(), layout.parameterRenderer());
    }

    /** The list of subcommands: their summaries too. */
    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable picocli = super.createTextTable(map);
        TextTable ours = new SpaceWrappingTable(colorScheme(), picocli.columns());
        ours.indentWrappedLines = picocli.indentWrappedLines;
        ours.setAdjustLineBreaksForWideCJKCharacters(picocli.isAdjustLineBreaksForWideCJKCharacters());
        for (Map.Entry<?, ?> e : map.entrySet()) ours.addRowValues(text(e.getKey()), text(e.getValue()));
        return ours;
    }

    private Text text(Object value) {
        return value instanceof Text t ? t : colorScheme().text(value == null ? "" : value.toString());
    }

    @Override
    public String description(Object... params) {
        String[] description = commandSpec().usageMessage().description();
        if (description.length == 0) return "";
        int width = commandSpec().usageMessage().width();
        TextTable table = new SpaceWrappingTable(colorScheme(), new Column[]{new Column(width, 0, Column.Overflow.WRAP)});
        table.indentWrappedLines = 0;
        for (String element : description) {
            for (String line : String.format(element, params).split("\\r?\\n", -1)) {
                table.addRowValues(colorScheme().text(line));
            }
        }
        return table.toString();
    }

    /** A text table whose wrapping columns break lines at spaces, never inside a word. */
    static final class SpaceWrappingTable extends TextTable {

        private final ColorScheme scheme;

        SpaceWrappingTable(ColorScheme scheme, Column[] columns) {
            super(scheme, columns);
            this.scheme = scheme;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (value == null || column.overflow != Column.Overflow.WRAP) return super.putValue(row, col, value);
            String plain = value.plainString();
            // picocli keeps one column free at the right edge of a wrapped column.
            List<int[]> lines = lines(plain, column.width - column.indent - 1, column.width - column.indent - indentWrappedLines - 1);
            if (lines.size() <= 1) return super.putValue(row, col, value);
            Cell cell = null;
            for (int i = 0; i < lines.size(); i++) {
                int[] span = lines.get(i);
                Text piece = value.substring(span[0], span[1]);
                if (i > 0) {
                    addEmptyRow();
                    row = rowCount() - 1;
                    piece = scheme.text(" ".repeat(indentWrappedLines)).concat(piece);
                }
                cell = super.putValue(row, col, piece);
            }
            return cell;
        }

        /** Start and end of each line of {@code text}: as many words as fit, a word longer than a line alone. */
        static List<int[]> lines(String text, int firstRoom, int room) {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            int n = text.length();
            while (start < n) {
                int limit = lines.isEmpty() ? firstRoom : room;
                if (n - start <= limit) {
                    lines.add(new int[]{start, n});
                    break;
                }
                int end = text.lastIndexOf(' ', start + limit);
                if (end <= start) {
                    end = text.indexOf(' ', start + 1);
                    if (end < 0) end = n;
                }
                lines.add(new int[]{start, end});
                start = end;
                while (start < n && text.charAt(start) == ' ') start++;
            }
            return lines;
        }
    }
}
