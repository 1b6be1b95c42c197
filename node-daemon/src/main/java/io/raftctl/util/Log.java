package io.raftctl.util;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal logger writing one line per event with SLF4J-style levels:
 * {@code 2026-01-01T10:00:00.123Z INFO  [engine] n1 became LEADER in term 3}. It writes to standard
 * error until {@link #toFile} points it at a file. Messages use {@code {}} placeholders like SLF4J.
 */
public final class Log {

    public enum Level { DEBUG, INFO, WARN, ERROR }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static volatile PrintStream out = System.err;
    private static volatile Level threshold = Level.INFO;

    private final String component;

    private Log(String component) {
        this.component = component;
    }

    public static Log get(String component) {
        return new Log(component);
    }

    /** Appends every later line to {@code file} (created if missing). */
    public static synchronized void toFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                true, StandardCharsets.UTF_8);
    }

    public static void setLevel(Level level) {
        threshold = level;
    }

    private static final ThreadLocal<int[]> QUIET = ThreadLocal.withInitial(() -> new int[1]);

    /** While open, this thread logs nothing: the simulator's nodes open and recover storage thousands of times. */
    public static Quiet quiet() {
        QUIET.get()[0]++;
        return () -> QUIET.get()[0]--;
    }

    /** What {@link #quiet()} returns; closing it lets the thread log again. */
    @FunctionalInterface
    public interface Quiet extends AutoCloseable {
        @Override
        void close();
    }

    public void debug(String format, Object... args) {
        log(Level.DEBUG, format, args);
    }

    public void info(String format, Object... args) {
        log(Level.INFO, format, args);
    }

    public void warn(String format, Object... args) {
        log(Level.WARN, format, args);
    }

    public void error(String format, Object... args) {
        log(Level.ERROR, format, args);
    }

    /** An error with the stack trace of {@code t} after it: for what must never happen, logged once. */
    public void errorWithStack(Throwable t, String format, Object... args) {
        log(Level.ERROR, format, args);
        PrintStream target = out;
        synchronized (Log.class) {
            t.printStackTrace(target);
        }
    }

    private void log(Level level, String format, Object... args) {
        if (level.ordinal() < threshold.ordinal() || QUIET.get()[0] > 0) return;
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(Instant.now())).append(' ')
                .append(String.format("%-5s", level)).append(" [").append(component).append("] ");
        int arg = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '{' && i + 1 < format.length() && format.charAt(i + 1) == '}' && arg < args.length) {
                line.append(args[arg++]);
                i++;
            } else {
                line.append(c);
            }
        }
        if (arg < args.length && args[arg] instanceof Throwable t) line.append(" (").append(t).append(')');
        PrintStream target = out;
        synchronized (Log.class) {
            target.println(line);
        }
    }
}
