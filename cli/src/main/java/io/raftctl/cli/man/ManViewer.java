package io.raftctl.cli.man;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Shows a page on the terminal the way man(1) does: the roff through {@code man -l -}; where man is not
 * installed, the same text as plain help through {@code $PAGER} (else less); with neither, nothing is shown
 * and the caller prints the text itself.
 */
final class ManViewer {

    /** The exit code of sh for a command it cannot find. */
    private static final int COMMAND_NOT_FOUND = 127;

    /** {@code $PAGER}, if set. */
    private final Optional<String> pager;

    ManViewer(Optional<String> pager) {
        this.pager = pager;
    }

    /** @return whether a program showed the page */
    boolean show(String roff, String plainText) throws InterruptedException {
        if (run(List.of("man", "-l", "-"), roff)) return true;
        if (pager.isPresent() && run(List.of("sh", "-c", pager.get()), plainText)) return true;
        return run(List.of("less", "-R"), plainText);
    }

    /**
     * Runs {@code command} on this terminal with {@code input} on its standard input; false if it cannot start
     * (or, run by the shell, is not found).
     */
    private static boolean run(List<String> command, String input) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            return false;
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The reader quit before the end of the page (q in the pager): nothing more to send.
        }
        return process.waitFor() != COMMAND_NOT_FOUND;
    }
}
