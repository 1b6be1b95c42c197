package io.raftctl.cli.bench;

import java.util.Map;

/**
 * Every {@code add N} a bench run sent since it started, for the counter check. The counts add up over the whole
 * run rather than per level, because a write of unknown outcome in one level may still take effect in a later one
 * (an entry the new leader holds from an earlier term commits with its next write).
 */
final class CounterLedger {

    private final long before;
    private final long increment;
    private long acknowledged;
    private long unknown;

    /** {@code before}: the counter when the run started. */
    CounterLedger(long before, long increment) {
        this.before = before;
        this.increment = increment;
    }

    /** The writes of one more stretch of load: acknowledged ones and those of unknown outcome. */
    void add(long acknowledgedWrites, long unknownWrites) {
        acknowledged += acknowledgedWrites;
        unknown += unknownWrites;
    }

    IntegrityCheck.Verdict check(Map<String, Long> counters) {
        return IntegrityCheck.check(before, increment, acknowledged, unknown, counters);
    }
}
