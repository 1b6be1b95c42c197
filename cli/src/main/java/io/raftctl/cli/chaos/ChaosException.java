package io.raftctl.cli.chaos;

/** The chaos run could not go on (a daemon would not start, the cluster would not converge). */
final class ChaosException extends RuntimeException {

    ChaosException(String message) {
        super(message);
    }
}
