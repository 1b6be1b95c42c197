package io.raftctl.cli.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A program in a real pseudo-terminal, driven like a person drives it: tmux runs it in a detached session on
 * a server of its own (a unique {@code -L} socket), {@code send-keys} types, {@code capture-pane} reads the
 * screen. {@link #close()} kills that server, and so the program, and nothing else.
 */
public final class Tmux implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final String socket = "raftctl-test-" + UUID.randomUUID().toString().substring(0, 8);
    private Path socketFile;

    /** Whether {@code program} is on the PATH. */
    public static boolean installed(String program) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + program).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} (run by {@code sh -c}) in {@code dir} on a {@code width}x{@code height} screen.
     * The environment is the one of this test process plus {@code env}, given through {@code env(1)}.
     */
    public Tmux start(Path dir, List<String> env, String command, int width, int height) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("env"));
        full.addAll(env);
        full.addAll(List.of("sh", "-c", command));
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-x", Integer.toString(width), "-y",
                Integer.toString(height), "-c", dir.toString()));
        args.add(shellQuote(full));
        // In the same tmux call: keep the screen readable after the program ends (its last words).
        args.addAll(List.of(";", "set-option", "-g", "remain-on-exit", "on"));
        tmux(args.toArray(String[]::new));
        socketFile = Path.of(tmux("display-message", "-p", "#{socket_path}").strip());
        return this;
    }

    /** Types {@code text} literally. */
    public void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-l", text);
    }

    /** Presses keys by tmux name: {@code Tab}, {@code Enter}, {@code C-c}. */
    public void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The visible screen as text. */
    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p");
    }

    /** The visible screen with its colours, as SGR escape sequences. */
    public String screenWithColours() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e");
    }

    /** Whether the program has ended. */
    public boolean ended() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "#{pane_dead}").strip().equals("1");
    }

    /**
     * Polls the screen until {@code condition} holds, for at most {@code timeout}.
     *
     * @throws AssertionError naming {@code what} and showing the last screen
     */
    public String await(String what, Duration timeout, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + "ms waiting for " + what
                        + "; the screen was:\n" + screen);
            }
            LockSupport.parkNanos(POLL.toNanos());
            screen = screen();
        }
        return screen;
    }

    /** The last line of the screen that is not blank. */
    public static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Kills this test's tmux server and the program in it, and removes the server's socket file. */
    @Override
    public void close() {
        try {
            tmux("kill-server");
        } catch (IOException | InterruptedException | AssertionError e) {
            // Already gone: the program ended and the server with it.
        }
        try {
            if (socketFile != null) java.nio.file.Files.deleteIfExists(socketFile);
        } catch (IOException e) {
            // A leftover empty socket file in tmux's own directory is harmless.
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tmux " + String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0) throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out.strip());
        return out;
    }

    private static String shellQuote(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) b.append(' ');
            b.append('\'').append(w.replace("'", "'\\''")).append('\'');
        }
        return b.toString();
    }
}
