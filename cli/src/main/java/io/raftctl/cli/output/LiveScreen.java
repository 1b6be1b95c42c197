package io.raftctl.cli.output;

import java.io.PrintWriter;

/**
 * Redraws a block of text in place on a terminal, as {@code top} and {@code watch} do: the first frame
 * clears the screen, each later one overwrites the previous from the top-left corner line by line, so
 * the view neither scrolls nor flickers.
 */
public final class LiveScreen {

    private static final String HOME = "\u001b[H";
    private static final String CLEAR_SCREEN = "\u001b[2J";
    private static final String CLEAR_TO_END_OF_LINE = "\u001b[K";
    private static final String CLEAR_BELOW = "\u001b[J";

    private final PrintWriter out;
    private boolean first = true;

    public LiveScreen(PrintWriter out) {
        this.out = out;
    }

    public void draw(String frame) {
        StringBuilder b = new StringBuilder(first ? HOME + CLEAR_SCREEN : HOME);
        for (String line : frame.stripTrailing().split("\n", -1)) b.append(line).append(CLEAR_TO_END_OF_LINE).append('\n');
        b.append(CLEAR_BELOW);
        out.print(b);
        out.flush();
        first = false;
    }
}
