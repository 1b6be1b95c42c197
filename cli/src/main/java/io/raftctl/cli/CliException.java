package io.raftctl.cli;

/**
 * A failure that ends a command with a specific exit code and a one-sentence message for the operator.
 * Every command reports failure by throwing one; the exit code is mapped once, in {@link ErrorReporter}.
 */
public class CliException extends RuntimeException {

    private final int exitCode;
    private final boolean preformatted;

    public CliException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    public CliException(int exitCode, String message, Throwable cause) {
        this(exitCode, message, cause, false);
    }

    private CliException(int exitCode, String message, Throwable cause, boolean preformatted) {
        super(message, cause);
        this.exitCode = exitCode;
        this.preformatted = preformatted;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The message has a fixed format of its own (a script's {@code FILE:LINE: ...}): print it without prefix. */
    public boolean preformatted() {
        return preformatted;
    }

    /** Exit {@code exitCode}, the message printed exactly as given. */
    public static CliException preformatted(int exitCode, String message) {
        return new CliException(exitCode, message, null, true);
    }

    /** Exit 1: the operation ran and failed. */
    public static CliException failed(String message) {
        return new CliException(ExitCodes.FAILED, message);
    }

    /** Exit 2: usage or configuration error. */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** Exit 2 with the cause kept for {@code --verbose}. */
    public static CliException usage(String message, Throwable cause) {
        return new CliException(ExitCodes.USAGE, message, cause);
    }
}
