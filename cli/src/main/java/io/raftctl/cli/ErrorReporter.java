package io.raftctl.cli;

import io.raftctl.cli.output.Style;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            code = ExitCodes.INTERRUPTED;
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

    private static final Pattern TOO_FEW = Pattern.compile(
            "positional parameter at index \\S+ \\((.*)\\) requires at least (\\d+) values?, but (?:only \\d+ (?:was|were)|none were) specified.*");
    private static final Pattern INVALID_POSITIONAL = Pattern.compile(
            "invalid value for positional parameter at index \\S+ \\((.*?)\\): (.*)");
    private static final Pattern MISSING = Pattern.compile("missing required parameters?: (.*)");

    /** picocli's usage errors, reworded as one sentence in raftctl's voice, with an example line where it helps. */
    static String usageMessage(CommandLine.ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String qualified = cmd == null ? "raftctl" : cmd.getCommandSpec().qualifiedName();
        // The command as typed in the shell or a script: "net split", not "raftctl net split".
        String name = qualified.startsWith("raftctl ") ? qualified.substring("raftctl ".length()) : "";
        String seeHelp = " (see '" + qualified + " --help')";
        String example = UsageExamples.of(name).map(e -> ", e.g. '" + e + "'").orElse("");
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            boolean isRoot = cmd == null || cmd.getCommandSpec().parent() == null;
            if (first.startsWith("-")) {
                List<String> options = cmd == null ? List.of() : cmd.getCommandSpec().options().stream()
                        .flatMap(o -> java.util.Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
                List<String> close = CommandSuggestions.closest(first, options);
                return "unknown option '" + first + "' for '" + (isRoot ? "raftctl" : name) + "'"
                        + (close.isEmpty() ? seeHelp : " (did you mean " + quotedAlternatives(close, "") + "?)");
            }
            if (!isRoot && cmd.getSubcommands().isEmpty()) {
                return "unexpected argument '" + first + "' for '" + name + "'" + (example.isEmpty() ? seeHelp : example);
            }
            String prefix = isRoot ? "" : name + " ";
            List<String> close = CommandSuggestions.closest(first, cmd.getSubcommands().keySet());
            String hint = !close.isEmpty() ? " (did you mean " + quotedAlternatives(close, prefix) + "?)"
                    : isRoot ? " (see 'raftctl help')" : seeHelp;
            return "unknown command '" + prefix + first + "'" + hint;
        }
        String message = ex.getMessage() == null ? "invalid usage" : ex.getMessage();
        if (ex.getCause() instanceof CliException c) message = c.getMessage();
        message = message.replace(System.lineSeparator(), " ").strip();
        if (!message.isEmpty()) message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        String subject = name.isEmpty() ? "raftctl" : name;
        Matcher m = TOO_FEW.matcher(message);
        if (m.matches()) {
            String label = m.group(1);
            String needs = label.contains(" ") || label.contains("|") ? label
                    : "at least " + count(Integer.parseInt(m.group(2))) + " " + label.toLowerCase(Locale.ROOT) + "s";
            return "'" + subject + "' needs " + needs + (example.isEmpty() ? seeHelp : example);
        }
        m = INVALID_POSITIONAL.matcher(message);
        if (m.matches()) {
            String problem = m.group(2);
            // A converter's "expected on or off, not 'maybe'" reads best as what the command takes.
            String sentence = problem.startsWith("expected ") ? "'" + subject + "' takes " + problem.substring("expected ".length())
                    : "invalid " + m.group(1) + " for '" + subject + "': " + problem;
            return sentence + (example.isEmpty() ? seeHelp : example);
        }
        m = MISSING.matcher(message);
        if (m.matches() && !message.contains("for option")) {
            String what = m.group(1).replace("', '", "' and '").replace("'", "");
            return "'" + subject + "' needs " + what + (example.isEmpty() ? seeHelp : example);
        }
        return message + (message.contains("'" + qualified) ? "" : seeHelp);
    }

    private static String count(int n) {
        return switch (n) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> Integer.toString(n);
        };
    }

    /** {@code 'elect'}, {@code 'net' or 'help'}. */
    private static String quotedAlternatives(List<String> names, String prefix) {
        return String.join(" or ", names.stream().map(n -> "'" + prefix + n + "'").toList());
    }
}
