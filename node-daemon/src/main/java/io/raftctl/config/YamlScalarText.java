package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Writes a string as a YAML scalar: plain when that reads back as the same string ({@code n1},
 * {@code 127.0.0.1:7001}, {@code .raftctl}), double-quoted otherwise ({@code "yes"}, {@code "[::1]:8001"}).
 */
final class YamlScalarText {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** Characters that never start YAML syntax inside a plain scalar written as a mapping value. */
    private static final Pattern PLAIN_CANDIDATE = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./:@+-]*");

    private YamlScalarText() {
    }

    static String of(String text) {
        return PLAIN_CANDIDATE.matcher(text).matches() && !text.endsWith(":") && readsBackAsString(text)
                ? text
                : quoted(text);
    }

    /** Asks the parser itself, so that YAML 1.1's surprises (yes, on, 1_000, 1:30) get quoted. */
    private static boolean readsBackAsString(String text) {
        try (JsonParser p = FACTORY.createParser("k: " + text + "\n")) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) return false;
            return p.nextToken() == JsonToken.VALUE_STRING && text.equals(p.getText());
        } catch (IOException e) {
            return false;
        }
    }

    static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) s.append(String.format("\\x%02x", c));
                    else s.appendCodePoint(c);
                }
            }
        });
        return s.append('"').toString();
    }
}
