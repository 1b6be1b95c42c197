package io.raftctl.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invalid YAML as one sentence. SnakeYAML's message spans several lines: an optional context ("while parsing
 * a flow sequence"), the problem, each followed by its position and a snippet. This keeps the problem, its
 * position and the context, in one line.
 */
final class YamlSyntaxError {

    /** How SnakeYAML marks a position inside its multi-line messages. */
    private static final Pattern MARK = Pattern.compile("^\\s*in '.*', line (\\d+), column (\\d+):?$");

    private YamlSyntaxError() {
    }

    static ConfigException of(String fileName, JsonProcessingException e) {
        String problem = null;
        String context = null;
        int line = 0;
        int column = 0;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String[] lines = original.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.isBlank() || Character.isWhitespace(text.charAt(0))) continue;
            if (problem != null) context = context == null ? problem : context;
            problem = text.strip();
            line = 0;
            column = 0;
            if (i + 1 < lines.length) {
                Matcher m = MARK.matcher(lines[i + 1]);
                if (m.matches()) {
                    line = Integer.parseInt(m.group(1));
                    column = Integer.parseInt(m.group(2));
                }
            }
        }
        if (line == 0) {
            JsonLocation at = e.getLocation();
            if (at != null) {
                line = Math.max(0, at.getLineNr());
                column = Math.max(0, at.getColumnNr());
            }
        }
        if (problem == null) problem = "unreadable document";
        String sentence = "invalid YAML: " + problem + (context == null ? "" : " " + context);
        return new ConfigException(fileName, line, column, "", sentence);
    }
}
