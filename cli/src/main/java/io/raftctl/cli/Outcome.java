package io.raftctl.cli;

/**
 * How one command line ended.
 *
 * @param exitCode one of {@link ExitCodes}
 * @param error    the one-sentence error shown to the operator, or null on success
 */
public record Outcome(int exitCode, String error) {

    public static final Outcome OK = new Outcome(ExitCodes.OK, null);

    public boolean succeeded() {
        return exitCode == ExitCodes.OK;
    }
}
