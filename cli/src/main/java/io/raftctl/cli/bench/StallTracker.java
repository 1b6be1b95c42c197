package io.raftctl.cli.bench;

/**
 * The longest time within a measured window during which no command was acknowledged: from the window's start
 * to the first acknowledgement, between two of them, and from the last one to the window's end. Times are
 * {@link System#nanoTime()} values.
 */
final class StallTracker {

    private final long windowStart;
    private long last;
    private long longest;

    StallTracker(long windowStart) {
        this.windowStart = windowStart;
        this.last = windowStart;
    }

    /** An acknowledgement at {@code t}; those before the window are ignored. */
    void acknowledged(long t) {
        if (t - windowStart < 0) return;
        longest = Math.max(longest, t - last);
        last = t;
    }

    /** The longest stall in nanoseconds of the window ending at {@code windowEnd}. */
    long longestNanos(long windowEnd) {
        return Math.max(longest, Math.max(0, windowEnd - last));
    }
}
