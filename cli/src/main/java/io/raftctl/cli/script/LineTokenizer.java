package io.raftctl.cli.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into words the way a POSIX shell does, without expansion: whitespace separates words,
 * {@code '...'} is literal, {@code "..."} keeps spaces and honours {@code \"} and {@code \\}, a backslash
 * outside quotes escapes the next character. {@code #} is ordinary text.
 */
public final class LineTokenizer {

    private LineTokenizer() {
    }

    /** @throws IllegalArgumentException for an unterminated quote */
    public static List<String> tokenize(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) throw new IllegalArgumentException("unterminated single quote in: " + line);
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < n) word.append(line.charAt(i + 1));
                else word.append(c);
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    /** Appends the double-quoted text starting at {@code i} and returns the index after the closing quote. */
    private static int readDoubleQuoted(String line, int i, StringBuilder word) {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') return i + 1;
            if (c == '\\' && i + 1 < n && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated double quote in: " + line);
    }

    /** Quotes {@code word} so that {@link #tokenize} gives it back unchanged (for echoing lines). */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(ch -> Character.isWhitespace(ch) || "'\"\\".indexOf(ch) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(LineTokenizer::quote).toList());
    }
}
