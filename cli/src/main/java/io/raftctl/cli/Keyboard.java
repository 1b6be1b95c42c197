package io.raftctl.cli;

import java.time.Duration;

/** Key presses of the operator's terminal, for live views that run until a key is pressed ({@code watch}). */
public interface Keyboard {

    /** Starts listening: keys are read one by one, unechoed, until the returned handle is closed. */
    Keys listen();

    interface Keys extends AutoCloseable {
        /** @return true if a key was pressed within {@code timeout} (the key is consumed) */
        boolean pressedWithin(Duration timeout) throws InterruptedException;

        /** Gives the terminal back as it was. */
        @Override
        void close();
    }
}
