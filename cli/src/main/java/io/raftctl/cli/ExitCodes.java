package io.raftctl.cli;

/** The exit codes of the operator contract (CLI.md). */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The operation ran and failed (a command error, an expect/wait that did not hold, a failed script line). */
    public static final int FAILED = 1;
    /** Usage or configuration error: unknown command, bad argument, invalid YAML, unknown node id. */
    public static final int USAGE = 2;
    /** A node that had to answer could not be reached. */
    public static final int UNREACHABLE = 3;
    /** Interrupted by the operator (Ctrl-C, SIGINT), as shells report it: 128 + 2. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
