package io.raftctl.trace;

import java.util.List;

/**
 * One section of a merged trace.
 *
 * @param number 0 for the rows recorded before the first {@code trace section}, else the ordinal of the
 *               titled section (the first {@code trace section} starts section 1)
 * @param title  the title given to {@code trace section}; empty for section 0
 * @param rows   the nodes' rows in causal order
 */
public record TraceSection(int number, String title, List<MergedRow> rows) {

    public TraceSection {
        title = title == null ? "" : title;
        rows = List.copyOf(rows);
    }

    public boolean isTitled() {
        return number > 0;
    }

    /** The heading shown above the section: {@code Section 2: Leader crash}. */
    public String heading() {
        return isTitled() ? "Section " + number + ": " + Cells.oneLine(title) : "Before the first section";
    }
}
