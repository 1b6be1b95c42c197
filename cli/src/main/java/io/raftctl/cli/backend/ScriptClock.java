package io.raftctl.cli.backend;

import java.time.Duration;

/**
 * Time as the lines of a session see it: the wall clock on real daemons, simulated time on the simulator,
 * where letting time pass runs the nodes' timers and delivers their messages, and takes no real time at all.
 */
public interface ScriptClock {

    /** Milliseconds since an arbitrary fixed point, never going back. */
    long millis();

    /** Lets {@code duration} pass. */
    void pass(Duration duration) throws InterruptedException;

    /** The wall clock: {@link #pass} sleeps. */
    ScriptClock REAL = new ScriptClock() {
        @Override
        public long millis() {
            return System.nanoTime() / 1_000_000;
        }

        @Override
        public void pass(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }
    };
}
