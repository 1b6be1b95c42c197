package io.raftctl.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal a one-shot command writes to: {@code $COLUMNS} when the shell exports it, else what
 * {@code stty size} says of the controlling terminal. Asked only by output that depends on it (the status table
 * on a narrow terminal), so that no other command pays for the look-up.
 */
final class TerminalWidth {

    private static volatile int cached = -1;

    private TerminalWidth() {
    }

    /** Columns, or 0 when unknown. */
    static int detect() {
        int c = cached;
        if (c >= 0) return c;
        c = fromEnvironment();
        if (c == 0) c = fromStty();
        cached = c;
        return c;
    }

    private static int fromEnvironment() {
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 0 : Math.max(0, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int fromStty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) return 0;
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return 0;
            }
            String[] parts = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
            return parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
