package io.raftctl.cli.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits for processes that are not our children to exit. The JDK's {@code ProcessHandle.onExit()} polls such a
 * process with sleeps that start at 300 ms and grow, and counts a zombie as alive until whoever adopted it reaps
 * it (about once a second on some machines): stopping a daemon then looked like it took two seconds. Here a
 * process counts as gone once it is a zombie, checked every few milliseconds.
 */
public final class ProcessExit {

    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private ProcessExit() {
    }

    /**
     * Waits until every process has exited or {@code timeout} has passed.
     *
     * @return the processes still running at the deadline (empty when all exited)
     */
    public static List<ProcessHandle> awaitAll(List<ProcessHandle> processes, Duration timeout) {
        List<ProcessHandle> running = new ArrayList<>(processes);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            running.removeIf(ProcessExit::exited);
            if (running.isEmpty() || System.nanoTime() - deadline >= 0) return running;
            java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
            if (Thread.currentThread().isInterrupted()) return running;
        }
    }

    /** True once the process is gone or a zombie (it has exited; only its exit status waits to be collected). */
    public static boolean exited(ProcessHandle process) {
        if (!process.isAlive()) return true;
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String text = Files.readString(stat, StandardCharsets.UTF_8);
            // "pid (comm) S ...": the state follows the last ')' (comm may itself contain parentheses).
            int close = text.lastIndexOf(')');
            if (close < 0 || close + 2 >= text.length()) return false;
            char state = text.charAt(close + 2);
            return state == 'Z' || state == 'X';
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | SecurityException e) {
            // No /proc: the JDK's answer is all there is.
            return !process.isAlive();
        }
    }
}
