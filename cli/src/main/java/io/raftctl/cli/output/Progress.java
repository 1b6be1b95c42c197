package io.raftctl.cli.output;

import io.raftctl.util.Durations;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Feedback for work that takes more than a second: starting daemons, the demo, a benchmark, a chaos run.
 *
 * <pre>{@code
 * try (Progress p = out().progress("starting raftd", 3)) {   // 3 units of work; 0 if unknown
 *     p.detail("n1 n2 n3");        // what the live line says after the count (terminal only)
 *     p.step("n1 is up");          // one unit done, with a line that stays (null: no line)
 *     p.advance(10);               // units done, nothing to say
 *     p.note("n2 is slow");        // a line that stays, no unit
 *     Session s = session.withStreams(p.out(), p.err());   // others' output, printed above the live line
 * }                                // close(): the live line disappears, the lines printed stay
 * }</pre>
 *
 * On a terminal, the lines scroll above one live line that is redrawn in place with {@code \r}:
 * {@code starting raftd [========>           ] 1/3  0.8s  n2 n3}. When the output is not a terminal
 * (a log, CI, a pipe), only the lines are printed, plus, for {@link #advance} without lines, a plain
 * {@code task: 40% (400/1000)} at most every 10%. With {@code -o json} nothing is printed: stdout holds the
 * command's document. A Progress is used by one thread at a time.
 */
public final class Progress implements AutoCloseable {

    private static final int BAR = 24;
    private static final int MAX_WIDTH = 79;
    private static final long REDRAW_NANOS = 100_000_000;
    private static final char[] SPINNER = {'|', '/', '-', '\\'};

    private final String task;
    private final long total;
    private final boolean live;
    private final boolean quiet;
    private final boolean color;
    private final PrintWriter target;
    private final PrintWriter err;
    private final LongSupplier clock;
    private final long started;
    private final PrintWriter above;
    private final PrintWriter aboveErr;

    private long done;
    private String detail = "";
    private boolean drawn;
    private boolean atLineStart = true;
    private long lastDraw;
    private long lastPlainTenth;
    private int spin;
    private boolean closed;

    /**
     * @param live  redraw a live line (the output is a terminal)
     * @param quiet print nothing (JSON output)
     */
    Progress(String task, long total, PrintWriter out, PrintWriter err, boolean live, boolean quiet, boolean color,
             LongSupplier clock) {
        this.task = task;
        this.total = Math.max(0, total);
        this.target = out;
        this.err = err;
        this.live = live && !quiet;
        this.quiet = quiet;
        this.color = color;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.above = new PrintWriter(new Above(out), true);
        this.aboveErr = new PrintWriter(new Above(err), true);
        redraw(true);
    }

    /** One unit done; {@code line} stays on screen (and is the plain line off a terminal); null: say nothing. */
    public void step(String line) {
        done++;
        if (line == null) redraw(false);
        else note(line);
    }

    /** {@code units} done, with nothing to say. */
    public void advance(long units) {
        done += units;
        if (live) {
            redraw(false);
        } else if (!quiet && total > 0) {
            long tenth = Math.min(10, done * 10 / total);
            if (tenth > lastPlainTenth) {
                lastPlainTenth = tenth;
                target.println(task + ": " + (tenth * 10) + "% (" + Math.min(done, total) + "/" + total + ")");
                target.flush();
            }
        }
    }

    /** A line that stays on screen, printed above the live line. */
    public void note(String line) {
        if (quiet || line == null) return;
        above.println(line);
    }

    /** What the live line shows after the count, e.g. the nodes still awaited; ignored off a terminal. */
    public void detail(String text) {
        String now = text == null ? "" : text;
        boolean changed = !now.equals(detail);
        detail = now;
        redraw(changed);
    }

    /** A writer for other output (a script's lines): printed above the live line, which is redrawn after. */
    public PrintWriter out() {
        return quiet ? target : above;
    }

    /** The same for error output. */
    public PrintWriter err() {
        return quiet ? err : aboveErr;
    }

    /** Time since the start, as people write it: {@code 850ms}, {@code 2.4s}, {@code 1m5s}. */
    public String elapsed() {
        return Durations.format(Duration.ofNanos(clock.getAsLong() - started).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /** Removes the live line; the lines printed stay. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        erase();
        target.flush();
    }

    private synchronized void redraw(boolean force) {
        if (!live || closed || !atLineStart) return;
        long now = clock.getAsLong();
        if (!force && drawn && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        String line = line();
        target.print("\r" + Style.CYAN.apply(line, color) + "\u001b[K");
        target.flush();
        drawn = true;
    }

    /** {@code task [=====>     ] 2/5  1.2s  detail}, cut to fit an 80-column terminal. */
    String line() {
        StringBuilder b = new StringBuilder(task).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(BAR, done * BAR / total);
            b.append('[').append("=".repeat(filled)).append(filled < BAR ? ">" : "").append(" ".repeat(Math.max(0, BAR - filled - 1)))
                    .append("] ").append(Math.min(done, total)).append('/').append(total);
        } else {
            b.append(SPINNER[spin++ % SPINNER.length]).append(' ').append(done);
        }
        b.append("  ").append(elapsed());
        if (!detail.isEmpty()) b.append("  ").append(detail);
        return b.length() <= MAX_WIDTH ? b.toString() : b.substring(0, MAX_WIDTH - 3) + "...";
    }

    private synchronized void erase() {
        if (!drawn) return;
        target.print("\r\u001b[2K");
        target.flush();
        drawn = false;
    }

    /** Output printed above the live line: erase it, print, and draw it again once the line is complete. */
    private final class Above extends Writer {
        private final PrintWriter to;

        Above(PrintWriter to) {
            this.to = to;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (len == 0) return;
            synchronized (Progress.this) {
                erase();
                to.write(buf, off, len);
                to.flush();
                atLineStart = buf[off + len - 1] == '\n';
                redraw(true);
            }
        }

        @Override
        public void flush() {
            to.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
