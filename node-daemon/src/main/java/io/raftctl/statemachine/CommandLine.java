package io.raftctl.statemachine;

import java.util.ArrayList;
import java.util.List;

/**
 * A command split on whitespace into a verb and at most {@code limit - 1} arguments; the last argument
 * keeps the rest of the line as typed (a kv value may contain spaces).
 *
 * <p>Splits as {@code text.split("\\s+", limit)} would, by hand: every entry is parsed several times (validated
 * on submit, applied at every node), so this runs once per entry per node and should not cost a regex.
 */
record CommandLine(String verb, List<String> args) {

    static CommandLine parse(String command, int limit) {
        String text = command == null ? "" : command.strip();
        if (text.isEmpty()) return new CommandLine("", List.of());
        List<String> words = new ArrayList<>(4);
        int n = text.length();
        int i = 0;
        while (true) {
            if (limit > 0 && words.size() == limit - 1) {
                words.add(text.substring(i));
                break;
            }
            int j = i;
            while (j < n && !isSpace(text.charAt(j))) j++;
            words.add(text.substring(i, j));
            // strip() leaves no whitespace at the end, so whitespace here is always followed by a word.
            while (j < n && isSpace(text.charAt(j))) j++;
            if (j == n) break;
            i = j;
        }
        return new CommandLine(words.get(0), words.subList(1, words.size()));
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
