package io.raftctl.cli.bench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a run lost or invented writes. After {@code acknowledged} acknowledged {@code add N} commands and
 * {@code unknown} whose outcome is unknown (no answer in time, a broken connection, leadership lost after the
 * command entered the log), every node's counter must lie in {@code before + N * acknowledged} ..
 * {@code before + N * (acknowledged + unknown)}, and all nodes must agree. Commands that failed definitely
 * (refused before the log, such as NOT_LEADER) are not counted at all: they cannot have taken effect.
 */
final class IntegrityCheck {

    private static final Pattern ADD = Pattern.compile("\\s*add\\s+(-?\\d{1,9})\\s*");

    /** The verdict and its one-sentence explanation. */
    record Verdict(boolean ok, String text) {
    }

    private IntegrityCheck() {
    }

    /** The N of an {@code add N} command, or null if the counter cannot check this command. */
    static Long increment(String command) {
        Matcher m = ADD.matcher(command);
        return m.matches() ? Long.parseLong(m.group(1)) : null;
    }

    static Verdict check(long before, long increment, long acknowledged, long unknown, Map<String, Long> counters) {
        long expected = before + increment * acknowledged;
        long extra = increment * unknown;
        // A negative N makes the unknown ones count down.
        long lo = Math.min(expected, expected + extra);
        long hi = Math.max(expected, expected + extra);
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            Long v = e.getValue();
            if (v == null) return new Verdict(false, e.getKey() + " did not report its counter");
            if (v < lo || v > hi) {
                String range = lo == hi ? Long.toString(expected) : lo + ".." + hi;
                return new Verdict(false, e.getKey() + " holds " + v + " but " + acknowledged
                        + " acknowledged writes" + (unknown > 0 ? " and " + unknown + " of unknown outcome" : "")
                        + " from " + before + " make " + range + ": writes were " + (v < lo ? "lost" : "invented"));
            }
        }
        long first = counters.values().iterator().next();
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (e.getValue() != first) return new Verdict(false, "nodes disagree: " + counters);
        }
        String unknownPart = "";
        if (unknown > 0) {
            // With add 0 nobody can tell how many of them were applied.
            unknownPart = " (" + unknown + " of unknown outcome" + (increment == 0 ? ")"
                    : ", " + (first - expected) / increment + " of them applied)");
        }
        return new Verdict(true, "every node holds " + first + " = " + before + " + " + increment + " x " + acknowledged
                + " acknowledged" + unknownPart);
    }
}
