package io.raftctl.config;

import java.time.Duration;

/** Writes a whole-millisecond duration exactly, in the largest unit that divides it: 50ms, 2s, 5m, 1h. */
final class DurationText {

    private DurationText() {
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
        if (ms != 0 && ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms != 0 && ms % 1_000 == 0) return ms / 1_000 + "s";
        return ms + "ms";
    }
}
