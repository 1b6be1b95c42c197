package io.raftctl.cli;

import io.raftctl.cli.output.Style;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/**
 * The single mapping from failures to exit codes and stderr text: {@link CliException} carries its code;
 * picocli's usage errors are 2; anything unexpected is 1. Stack traces only with {@code --verbose}.
 */
public final class ErrorReporter implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler, CommandLine.IExitCodeExceptionMapper {

    private final Session session;
    private String lastError;

    public ErrorReporter(Session session) {
        this.session = session;
    }

    /** The sentence printed for the last failure, or null. */
    public String lastError() {
        return lastError;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        return report(ex, verbose(cmd)).exitCode();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        String message = usageMessage(ex);
        print(message, ex, verbose(ex.getCommandLine()));
        return ExitCodes.USAGE;
    }

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof CliException c ? c.exitCode() : ExitCodes.FAILED;
    }

    /** Prints a failure raised outside picocli (e.g. a quoting error) and returns its outcome. */
    public Outcome report(Exception ex) {
        return report(ex, session.verbose());
    }

    private Outcome report(Exception ex, boolean verbose) {
        int code;
        String message;
        if (ex instanceof CliException c && c.preformatted()) {
            lastError = c.getMessage();
            session.err().println(c.getMessage());
            session.err().flush();
            return new Outcome(c.exitCode(), c.getMessage());
        } else if (ex instanceof CliException c) {
            code = c.exitCode();
            message = c.getMessage();
        } else if (ex instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            code = ExitCodes.FAILED;
            message = "interrupted";
        } else {
            code = ExitCodes.FAILED;
            message = "unexpected error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
        }
        print(message, ex, verbose);
        return new Outcome(code, message);
    }

    private void print(String message, Throwable ex, boolean withStack) {
        lastError = message;
        PrintWriter err = session.err();
        err.println(Style.BOLD_RED.apply("error:", session.color()) + " " + message);
        if (withStack) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
    }

    private boolean verbose(CommandLine cmd) {
        if (session.verbose()) return true;
        if (cmd == null) return false;
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof io.raftctl.cli.commands.RootCommand r && r.verbose();
    }

    /** picocli's usage errors, reworded as one sentence in raftctl's voice. */
    static String usageMessage(CommandLine.ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String where = cmd == null ? "raftctl" : cmd.getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            boolean isRoot = cmd == null || cmd.getCommandSpec().parent() == null;
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?)";
            if (first.startsWith("-")) return "unknown option '" + first + "' for '" + where + "'" + hint;
            if (isRoot) return "unknown command '" + first + "'" + (hint.isEmpty() ? " (see 'raftctl help')" : hint);
            if (cmd.getSubcommands().isEmpty()) return "unexpected argument '" + first + "' for '" + where + "'";
            return "unknown command '" + where + " " + first + "'" + (hint.isEmpty() ? " (see '" + where + " --help')" : hint);
        }
        String message = ex.getMessage() == null ? "invalid usage" : ex.getMessage();
        if (ex.getCause() instanceof CliException c) message = c.getMessage();
        message = message.replace(System.lineSeparator(), " ").strip();
        if (!message.isEmpty()) message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        return message + (message.contains("'" + where) ? "" : " (see '" + where + " --help')");
    }
}
