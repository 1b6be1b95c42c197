package io.raftctl.cli.bench;

/**
 * The counts of one level's run as its commands end: what the counter check needs (acknowledged, failed,
 * unknown outcome) and what the report shows (latencies and stalls of the measured window, the first error).
 */
final class LevelTally {

    private final long windowStart;
    private long windowEnd;
    private final Latencies latencies = new Latencies();
    private final StallTracker stalls;
    private long measuredOps;
    private long acknowledged;
    private long failed;
    private long unknown;
    private String firstError;

    LevelTally(long windowStart, long windowEnd) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.stalls = new StallTracker(windowStart);
    }

    /** The measured window closes early (a level cut short by {@code --strict}). */
    void closeWindowAt(long t) {
        if (t - windowEnd >= 0) return;
        windowEnd = t - windowStart < 0 ? windowStart : t;
    }

    boolean inWindow(long t) {
        return t - windowStart >= 0 && t - windowEnd < 0;
    }

    /** A command acknowledged at {@code t}, {@code latencyNanos} after its operation began. */
    void acknowledged(long t, long latencyNanos) {
        acknowledged++;
        if (inWindow(t)) {
            measuredOps++;
            latencies.add(latencyNanos);
            stalls.acknowledged(t);
        }
    }

    void failed(String why) {
        failed++;
        note(why);
    }

    void unknown(String why) {
        unknown(1, why);
    }

    void unknown(long commands, String why) {
        unknown += commands;
        note(why);
    }

    private void note(String error) {
        if (firstError == null) firstError = error;
    }

    long acknowledged() {
        return acknowledged;
    }

    long failed() {
        return failed;
    }

    long unknown() {
        return unknown;
    }

    long measuredOps() {
        return measuredOps;
    }

    Latencies latencies() {
        return latencies;
    }

    String firstError() {
        return firstError;
    }

    double windowSeconds() {
        return Math.max(0, windowEnd - windowStart) / 1e9;
    }

    long longestStallNanos() {
        return stalls.longestNanos(windowEnd);
    }
}
