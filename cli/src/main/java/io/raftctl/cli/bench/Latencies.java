package io.raftctl.cli.bench;

import java.util.Arrays;

/** Latencies of one measured window, in nanoseconds; percentiles by nearest rank. */
final class Latencies {

    private long[] values = new long[1 << 16];
    private int count;
    private boolean sorted;

    void add(long nanos) {
        if (count == values.length) values = Arrays.copyOf(values, count * 2);
        values[count++] = nanos;
        sorted = false;
    }

    int count() {
        return count;
    }

    /** The {@code p}-th percentile (0 < p <= 100) in milliseconds; 0 without samples. */
    double percentileMs(double p) {
        if (count == 0) return 0;
        if (!sorted) {
            Arrays.sort(values, 0, count);
            sorted = true;
        }
        int rank = (int) Math.ceil(p / 100.0 * count);
        return values[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }
}
