package io.raftctl.transport;

/** Exponential backoff between connection attempts: quick retries at first, at most one a {@code maxMs}. */
final class Backoff {

    private final long minMs;
    private final long maxMs;
    private long nextMs;

    Backoff(long minMs, long maxMs) {
        this.minMs = minMs;
        this.maxMs = maxMs;
        this.nextMs = minMs;
    }

    /** The delay before the next attempt; each call doubles the following one up to the maximum. */
    long next() {
        long delay = nextMs;
        nextMs = Math.min(maxMs, nextMs * 2);
        return delay;
    }

    void reset() {
        nextMs = minMs;
    }
}
