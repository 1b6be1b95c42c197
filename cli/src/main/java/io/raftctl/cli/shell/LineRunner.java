package io.raftctl.cli.shell;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs each shell line on a thread of its own, so that Ctrl-C gives the prompt back at once: the line is
 * interrupted (a wait, a sleep, a watch ends there) and abandoned; whatever it prints afterwards (say, an
 * admin call that was already under way) is dropped rather than mixed into the next line's output.
 */
final class LineRunner {

    static final String CANCELLED = "cancelled";

    /**
     * How long a cancelled line may take to wind down before the prompt returns: enough for a live view to
     * give the terminal back as it found it (which must happen before the next line is read), too short to
     * feel stuck behind an admin call that is still waiting for its answer.
     */
    private static final long WIND_DOWN_MS = 1_000;

    private final AtomicReference<Running> current = new AtomicReference<>();
    /**
     * When a Ctrl-C came that found no line running (0: none). One that came just after the shell read a line,
     * before that line started, is meant for it (while the shell reads a line, Ctrl-C is a key JLine handles;
     * outside, the terminal sends SIGINT). One from longer ago, before the prompt was drawn, is not: nobody types
     * a line that fast.
     */
    private long cancelPendingSince;
    private static final long PENDING_NANOS = 300_000_000L;

    private record Running(Thread thread, CompletableFuture<Outcome> result, Gate out, Gate err) {
    }

    /** Runs {@code line}; returns its outcome, or a failure {@value #CANCELLED} after {@link #cancel()}. */
    Outcome run(Session session, String line) {
        Gate out = new Gate(session.out());
        Gate err = new Gate(session.err());
        Session gated = session.withStreams(new PrintWriter(out, true), new PrintWriter(err, true));
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(Raftctl.executeLine(gated, line));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "raftctl-line");
        thread.setDaemon(true);
        Running running = new Running(thread, result, out, err);
        boolean cancelNow;
        synchronized (this) {
            current.set(running);
            cancelNow = cancelPendingSince != 0 && System.nanoTime() - cancelPendingSince < PENDING_NANOS;
            cancelPendingSince = 0;
        }
        if (cancelNow) {
            current.set(null);
            return new Outcome(ExitCodes.FAILED, CANCELLED);
        }
        thread.start();
        try {
            return result.join();
        } catch (CancellationException e) {
            awaitWindDown(thread);
            return new Outcome(ExitCodes.FAILED, CANCELLED);
        } finally {
            current.set(null);
        }
    }

    private static void awaitWindDown(Thread thread) {
        try {
            thread.join(WIND_DOWN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ctrl-C: abandons the running line, or the one about to start. Safe to call from a signal handler's thread. */
    void cancel() {
        Running r;
        synchronized (this) {
            r = current.get();
            if (r == null) {
                cancelPendingSince = Math.max(1, System.nanoTime());
                return;
            }
        }
        // Cancel first: an interrupted line may finish at once ("interrupted"), and the prompt must then still
        // learn that the line was cancelled rather than take its own outcome for it.
        r.result().cancel(false);
        r.out().close();
        r.err().close();
        r.thread().interrupt();
    }

    /** Passes text through until closed, then drops it. */
    private static final class Gate extends Writer {
        private final PrintWriter to;
        private volatile boolean open = true;

        Gate(PrintWriter to) {
            this.to = to;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (!open) return;
            synchronized (to) {
                to.write(buf, off, len);
            }
        }

        @Override
        public void flush() {
            if (open) to.flush();
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
