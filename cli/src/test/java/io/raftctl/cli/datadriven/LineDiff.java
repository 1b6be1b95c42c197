package io.raftctl.cli.datadriven;

import java.util.ArrayList;
import java.util.List;

/** A line diff in the unified style ({@code -} expected, {@code +} actual, two lines of context), for failure messages. */
final class LineDiff {

    private static final int CONTEXT = 2;

    private LineDiff() {
    }

    /** A line of the diff: {@code ' '}, {@code '-'} or {@code '+'}, the text, and its 0-based index in the expected lines. */
    private record Line(char kind, String text, int expectedIndex) {
    }

    /** The 0-based index, in {@code expected}, of the first line that differs; -1 if none does. */
    static int firstDifference(String expected, String actual) {
        for (Line l : lines(expected, actual)) if (l.kind() != ' ') return l.expectedIndex();
        return -1;
    }

    /**
     * The differing lines with some context, each hunk headed by the file line of its first expected line
     * ({@code firstLine} is the file line of the output's first line).
     */
    static String unified(String expected, String actual, String file, int firstLine) {
        List<Line> diff = lines(expected, actual);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < diff.size()) {
            if (diff.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            // One hunk while the next change is close enough to share context.
            int lastChange = i;
            for (int j = i + 1; j < diff.size(); j++) {
                if (diff.get(j).kind() != ' ') lastChange = j;
                else if (j - lastChange > 2 * CONTEXT) break;
            }
            int end = Math.min(diff.size() - 1, lastChange + CONTEXT);
            out.append("  @@ ").append(file).append(':').append(firstLine + diff.get(start).expectedIndex()).append('\n');
            for (int j = start; j <= end; j++) {
                Line l = diff.get(j);
                out.append("  ").append(l.kind()).append(l.text()).append('\n');
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** A longest-common-subsequence alignment of the two texts' lines. */
    private static List<Line> lines(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int x = a.size() - 1; x >= 0; x--) {
            for (int y = b.size() - 1; y >= 0; y--) {
                lcs[x][y] = a.get(x).equals(b.get(y)) ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int x = 0;
        int y = 0;
        while (x < a.size() || y < b.size()) {
            if (x < a.size() && y < b.size() && a.get(x).equals(b.get(y))) {
                out.add(new Line(' ', a.get(x), x));
                x++;
                y++;
            } else if (x < a.size() && (y == b.size() || lcs[x + 1][y] >= lcs[x][y + 1])) {
                out.add(new Line('-', a.get(x), x));
                x++;
            } else {
                out.add(new Line('+', b.get(y), x));
                y++;
            }
        }
        return out;
    }
}
