package io.raftctl.cli.output;

import java.util.Locale;

/** {@code -o text|json}. */
public enum OutputFormat {
    TEXT, JSON;

    /** picocli converter: accepts {@code text} and {@code json} in any case. */
    public static OutputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + value + "' (expected text or json)");
        }
    }
}
