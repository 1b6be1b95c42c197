package io.raftctl.cli;

import sun.misc.Signal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C in a one-shot command. The JVM's default would run the shutdown hooks and exit at once, leaving a
 * progress line unterminated and nothing said about the state left behind. Instead the first SIGINT interrupts
 * the command's thread: a wait ends, {@code up} says which daemons run, {@code chaos} prints what it did and where
 * its files are, and the process exits 130 as shells expect. A command that does not wind down within
 * {@link #GRACE_MS} (a call stuck on the network), or a second Ctrl-C, ends the process at once, still with 130
 * and after the shutdown hooks.
 */
final class OneShotInterrupts {

    static final long GRACE_MS = 5_000;

    private static final AtomicInteger SIGNALS = new AtomicInteger();

    private OneShotInterrupts() {
    }

    /** Routes SIGINT to {@code commandThread}; a no-op where the JVM does not allow handling it. */
    static void install(Thread commandThread, PrintStream err, boolean terminal) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (SIGNALS.incrementAndGet() > 1) exitNow(err, terminal);
                commandThread.interrupt();
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(GRACE_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    exitNow(err, terminal);
                }, "raftctl-interrupt-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No SIGINT handling here (e.g. the JVM runs with -Xrs): the default exit applies.
        }
    }

    /** Whether the operator pressed Ctrl-C during this process. */
    static boolean interrupted() {
        return SIGNALS.get() > 0;
    }

    private static void exitNow(PrintStream err, boolean terminal) {
        // End whatever line a progress display left open before the last word.
        err.println((terminal ? "\r\u001b[2K" : "") + "interrupted");
        err.flush();
        // exit, not halt: shutdown hooks still stop what must not outlive raftctl (a chaos run's daemons).
        System.exit(ExitCodes.INTERRUPTED);
    }
}
