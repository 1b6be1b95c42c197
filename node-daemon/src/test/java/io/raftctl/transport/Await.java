package io.raftctl.transport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded polling on a condition, the tests' only way of waiting for another thread. */
final class Await {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private Await() {
    }

    static void awaitUntil(Duration timeout, BooleanSupplier condition) {
        awaitUntil(timeout, condition, () -> "condition");
    }

    static void awaitUntil(BooleanSupplier condition, Supplier<String> description) {
        awaitUntil(TIMEOUT, condition, description);
    }

    static void awaitUntil(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + description.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
