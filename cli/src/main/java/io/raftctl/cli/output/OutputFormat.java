package io.raftctl.cli.output;

import java.util.Locale;

/** {@code -o text|json|wide}: wide is text with every column, whatever the terminal's width. */
public enum OutputFormat {
    TEXT, JSON, WIDE;

    /** picocli converter: accepts {@code text}, {@code json} and {@code wide} in any case. */
    public static OutputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + value + "' (expected text, json or wide)");
        }
    }
}
