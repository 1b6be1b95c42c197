package io.raftctl.trace;

/** Text helpers shared by the renderers. */
final class Cells {

    private Cells() {
    }

    /** Line breaks would tear a table or a diagram line apart; they become spaces. */
    static String oneLine(String text) {
        if (text == null) return "";
        return text.replaceAll("\\R", " ").replace('\t', ' ');
    }

    /** Display width, counting code points so that non-ASCII titles still line up. */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }
}
