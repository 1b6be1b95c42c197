package io.raftctl.cli.script;

import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.output.Style;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs scenario scripts: one command per line, exactly as typed in the shell. Blank lines and lines whose
 * first non-blank character is {@code #} are skipped. The first failing line stops the run; the failure is
 * reported as {@code FILE:LINE: <line>: <reason>} and the run fails with exit code 1, whatever the line's own code
 * (but 130 for a line the operator interrupted).
 */
public final class ScriptRunner {

    private final Session session;
    private final boolean echo;
    private final boolean narrate;
    private Listener listener = new Listener() {
    };

    /** Told about each line that runs (comments and blank lines are not), e.g. to show progress. */
    public interface Listener {
        default void before(String line) {
        }

        default void after(String line, Outcome outcome) {
        }
    }

    /**
     * @param session the session every line runs in (its defaults: the cluster file and output of {@code run})
     * @param echo    print each line ({@code > elect n1}) before running it
     */
    public ScriptRunner(Session session, boolean echo) {
        this(session, echo, false);
    }

    /** @param narrate also print comment lines, as the explanation of the steps that follow (the demo) */
    public ScriptRunner(Session session, boolean echo, boolean narrate) {
        this.session = session;
        this.echo = echo;
        this.narrate = narrate;
    }

    public ScriptRunner listener(Listener listener) {
        this.listener = listener;
        return this;
    }

    /** The lines of {@code lines} that run: neither blank nor comments. */
    public static long commandLines(List<String> lines) {
        return lines.stream().filter(l -> !isSkipped(l)).count();
    }

    /** @throws CliException exit 2 if the file cannot be read */
    public Outcome run(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.usage("script " + file + " not found");
        } catch (IOException e) {
            throw CliException.usage("cannot read script " + file + ": " + e.getMessage());
        }
        return run(file.toString(), lines);
    }

    /** Runs {@code lines}, named {@code name} in failure reports. */
    public Outcome run(String name, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean text = session.defaultOutput() != OutputFormat.JSON;
            if (narrate && text && line.startsWith("#")) {
                session.out().println(Style.BOLD.apply(line.substring(1).strip(), session.color()));
                session.out().flush();
            }
            if (isSkipped(line)) continue;
            if (echo && text) {
                session.out().println(Style.DIM.apply("> " + line, session.color()));
                session.out().flush();
            }
            StringWriter errText = new StringWriter();
            listener.before(line);
            Outcome outcome = Raftctl.executeLine(session.withStreams(session.out(), new PrintWriter(errText, true)), line);
            listener.after(line, outcome);
            forwardWarnings(errText.toString(), outcome);
            if (!outcome.succeeded()) {
                String reason = outcome.error() == null ? "exit code " + outcome.exitCode() : outcome.error();
                // Ctrl-C stays Ctrl-C (exit 130), whatever line it ended; every other failure is a failed line.
                int code = outcome.exitCode() == ExitCodes.INTERRUPTED ? ExitCodes.INTERRUPTED : ExitCodes.FAILED;
                return new Outcome(code, name + ":" + (i + 1) + ": " + line + ": " + reason);
            }
        }
        return Outcome.OK;
    }

    /** Blank lines and comments. */
    public static boolean isSkipped(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** The line's stderr minus its error sentence, which goes into the FILE:LINE report instead. */
    private void forwardWarnings(String err, Outcome outcome) {
        for (String l : err.lines().toList()) {
            if (outcome.error() != null && l.endsWith(outcome.error())) continue;
            session.err().println(l);
        }
        session.err().flush();
    }
}
