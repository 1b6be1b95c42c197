package io.raftctl.cli.bench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a run lost or invented writes: after {@code acknowledged} acknowledged {@code add N} commands, and
 * {@code indeterminate} whose outcome is unknown, every node's counter must be {@code before + N * acknowledged},
 * plus {@code N} for each indeterminate one that happened to take effect.
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

    static Verdict check(long before, long increment, long acknowledged, long indeterminate, Map<String, Long> counters) {
        long expected = before + increment * acknowledged;
        long extra = increment * indeterminate;
        long lo = Math.min(expected, expected + extra);
        long hi = Math.max(expected, expected + extra);
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            Long v = e.getValue();
            if (v == null) return new Verdict(false, e.getKey() + " did not report its counter");
            if (v < lo || v > hi) {
                String range = lo == hi ? Long.toString(expected) : lo + ".." + hi;
                return new Verdict(false, e.getKey() + " holds " + v + " but " + acknowledged
                        + " acknowledged writes" + (indeterminate > 0 ? " and " + indeterminate + " of unknown outcome" : "")
                        + " from " + before + " make " + range + ": writes were " + (v < lo ? "lost" : "invented"));
            }
        }
        long first = counters.values().iterator().next();
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (e.getValue() != first) return new Verdict(false, "nodes disagree: " + counters);
        }
        return new Verdict(true, "every node holds " + first + " = " + before + " + " + increment + " x " + acknowledged
                + " acknowledged" + (indeterminate > 0 ? " (" + indeterminate + " of unknown outcome, "
                + (first - expected) / Math.max(1, Math.abs(increment)) + " of them applied)" : ""));
    }
}
