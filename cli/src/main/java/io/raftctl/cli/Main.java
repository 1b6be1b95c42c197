package io.raftctl.cli;

import java.util.List;

/** {@code raftctl}: runs one command line (or the shell when there is none) and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Session session = Session.system();
        OneShotInterrupts.install(Thread.currentThread(), System.err, session.terminal());
        Outcome outcome = Raftctl.execute(session, List.of(args));
        System.exit(OneShotInterrupts.interrupted() && outcome.exitCode() != ExitCodes.OK ? ExitCodes.INTERRUPTED : outcome.exitCode());
    }
}
