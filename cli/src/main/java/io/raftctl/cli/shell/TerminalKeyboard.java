package io.raftctl.cli.shell;

import io.raftctl.cli.Keyboard;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** The keyboard of a JLine terminal: raw mode (no line buffering, no echo) while a live view listens. */
public final class TerminalKeyboard implements Keyboard {

    /** Reads are sliced so that an interrupt (Ctrl-C in the shell) ends the wait promptly. */
    private static final long SLICE_MS = 50;

    private final Terminal terminal;

    public TerminalKeyboard(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Keys listen() {
        Attributes before = terminal.enterRawMode();
        NonBlockingReader reader = terminal.reader();
        return new Keys() {
            @Override
            public boolean pressedWithin(Duration timeout) throws InterruptedException {
                long deadline = System.nanoTime() + timeout.toNanos();
                try {
                    while (true) {
                        if (Thread.interrupted()) throw new InterruptedException();
                        long left = (deadline - System.nanoTime()) / 1_000_000;
                        if (left <= 0) return false;
                        int c = reader.read(Math.min(SLICE_MS, left));
                        if (c == NonBlockingReader.EOF) return true;
                        if (c >= 0) return true;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                terminal.setAttributes(before);
            }
        };
    }
}
