package io.raftctl.util;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints the durations operators type: {@code 250ms}, {@code 2s}, {@code 1m}, {@code 1.5s}. */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private Durations() {
    }

    /** @throws IllegalArgumentException with a one-sentence message if {@code text} is not a duration */
    public static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid duration '" + text + "' (expected e.g. 250ms, 2s, 1m)");
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
        };
        if (millis > Duration.ofDays(365).toMillis()) {
            throw new IllegalArgumentException("duration '" + text + "' is too long");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** A short human form: {@code 850ms}, {@code 2.5s}, {@code 3m20s}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) return ms + "ms";
        if (ms < 60_000) {
            return ms % 1_000 == 0 ? (ms / 1_000) + "s" : String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        long s = ms / 1_000;
        if (s < 3_600) return (s / 60) + "m" + (s % 60 == 0 ? "" : (s % 60) + "s");
        return (s / 3_600) + "h" + ((s % 3_600) / 60 == 0 ? "" : ((s % 3_600) / 60) + "m");
    }
}
