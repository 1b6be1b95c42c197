package io.raftctl.cli;

import io.raftctl.cli.commands.RootCommand;
import io.raftctl.cli.output.SpaceWrappingHelp;
import io.raftctl.cli.script.LineTokenizer;
import picocli.CommandLine;

import java.util.List;

/**
 * Runs one command line. The one-shot process, the shell, scripts and inner lines ({@code must-fail ...})
 * all come through here, so a command behaves the same everywhere. Each line gets a fresh picocli model:
 * options typed on one line never carry over to the next. A line's model holds the command it names only,
 * when that is enough ({@link RootCommand#commandsFor}): building all of them is most of a one-shot
 * command's start-up.
 */
public final class Raftctl {

    private Raftctl() {
    }

    /** Runs already-split arguments. */
    public static Outcome execute(Session session, List<String> args) {
        ErrorReporter reporter = new ErrorReporter(session);
        CommandLine cmd = commandLine(session, reporter, RootCommand.commandsFor(args));
        int code = cmd.execute(args.toArray(String[]::new));
        session.out().flush();
        session.err().flush();
        return new Outcome(code, code == ExitCodes.OK ? null : reporter.lastError());
    }

    /** Splits {@code line} like a shell would and runs it; a quoting error is a usage error (exit 2). */
    public static Outcome executeLine(Session session, String line) {
        List<String> args;
        try {
            args = LineTokenizer.tokenize(line);
        } catch (IllegalArgumentException e) {
            return new ErrorReporter(session).report(CliException.usage(e.getMessage()));
        }
        return execute(session, args);
    }

    /** The picocli model of raftctl, every command, wired to the session's streams and the exit-code mapping. */
    public static CommandLine commandLine(Session session, ErrorReporter reporter) {
        return commandLine(session, reporter, RootCommand.commands());
    }

    /** The model of the root command with {@code commands} only. */
    static CommandLine commandLine(Session session, ErrorReporter reporter, List<Class<?>> commands) {
        CommandLine cmd = new CommandLine(new RootCommand(session));
        // Before the settings below, which apply to the commands already added.
        RootCommand.addCommands(cmd, commands);
        cmd.setOut(session.out());
        cmd.setErr(session.err());
        cmd.setExecutionExceptionHandler(reporter);
        cmd.setParameterExceptionHandler(reporter);
        cmd.setExitCodeExceptionMapper(reporter);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setAbbreviatedOptionsAllowed(false);
        cmd.setHelpFactory(SpaceWrappingHelp.FACTORY);
        RootCommand.configureParsers(cmd);
        return cmd;
    }
}
