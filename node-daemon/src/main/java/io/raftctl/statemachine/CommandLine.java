package io.raftctl.statemachine;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command split on whitespace into a verb and at most {@code limit - 1} arguments; the last argument
 * keeps the rest of the line as typed (a kv value may contain spaces).
 */
record CommandLine(String verb, List<String> args) {

    // Compiled once: String.split would compile it for every command, several times per entry.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static CommandLine parse(String command, int limit) {
        String text = command == null ? "" : command.strip();
        if (text.isEmpty()) return new CommandLine("", List.of());
        String[] words = WHITESPACE.split(text, limit);
        return new CommandLine(words[0], Arrays.asList(words).subList(1, words.length));
    }
}
