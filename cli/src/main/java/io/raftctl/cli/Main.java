package io.raftctl.cli;

import java.util.List;

/** {@code raftctl}: runs one command line (or the shell when there is none) and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Outcome outcome = Raftctl.execute(Session.system(), List.of(args));
        System.exit(outcome.exitCode());
    }
}
