package io.raftctl.cli.shell;

import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.script.ScriptRunner;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The interactive shell: JLine line editing, history in {@code ~/.raftctl_history} (or {@code $RAFTCTL_HISTORY}),
 * tab completion, and a prompt naming the cluster and its leader. Every line runs through
 * {@link Raftctl#executeLine}, exactly as in a script; a failing line prints its error and the shell goes on.
 * {@code exit}, {@code quit} or Ctrl-D leave; Ctrl-C drops the line being typed, or cancels the one running.
 */
public final class InteractiveShell {

    /** Where the history goes instead of {@code ~/.raftctl_history} (tests, several histories). */
    public static final String HISTORY_ENV = "RAFTCTL_HISTORY";
    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit");
    private static final AtomicBoolean OPEN = new AtomicBoolean();

    private InteractiveShell() {
    }

    /** Runs the shell until the operator leaves; lines default to {@code ctx}'s cluster file and output. */
    public static void open(CommandContext ctx) {
        if (!OPEN.compareAndSet(false, true)) throw CliException.usage("already in the shell");
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            run(ctx, terminal);
        } catch (IOException e) {
            throw CliException.failed("cannot open the terminal: " + e.getMessage());
        } finally {
            OPEN.set(false);
        }
    }

    private static void run(CommandContext ctx, Terminal terminal) {
        PrintWriter writer = terminal.writer();
        boolean interactive = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        Session lines = ctx.nestedSession().withStreams(writer, writer).withTerminal(interactive)
                .withKeyboard(new TerminalKeyboard(terminal)).withWidth(terminal::getWidth);
        Path config = lines.defaultConfig();
        CommandCompleter completer = new CommandCompleter(
                Raftctl.commandLine(lines, new ErrorReporter(lines)).getCommandSpec(), () -> nodeIds(config));
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        LineReader reader = LineReaderBuilder.builder()
                .appName("raftctl")
                .terminal(terminal)
                .completer(completer)
                .parser(parser)
                .variable(LineReader.HISTORY_FILE, historyFile(lines))
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
        // Ctrl-C while a line runs abandons that line (a long wait, a watch), not the shell; while a line
        // is being typed, JLine turns it into UserInterruptException instead, which drops the line.
        LineRunner runner = new LineRunner();
        terminal.handle(Terminal.Signal.INT, signal -> runner.cancel());
        ClusterPrompt prompt = new ClusterPrompt(config, lines.color());
        if (interactive) {
            writer.println("raftctl shell on " + config + " - 'help' lists commands, Tab completes, 'exit' or Ctrl-D leaves.");
            writer.flush();
        }
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String trimmed = line.strip();
            if (ScriptRunner.isSkipped(trimmed)) continue;
            if (EXIT_WORDS.contains(trimmed)) break;
            Outcome outcome = runner.run(lines, trimmed);
            if (LineRunner.CANCELLED.equals(outcome.error())) {
                // The cancelled line's output is dropped, a live line it drew included: clear what is left of it.
                writer.println((interactive ? "\r\u001b[K" : "") + Style.YELLOW.apply(LineRunner.CANCELLED, lines.color()));
                writer.flush();
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // History is a convenience; losing it is not worth an error on exit.
        }
    }

    /** {@code $RAFTCTL_HISTORY}, else {@code ~/.raftctl_history}. */
    static Path historyFile(Session session) {
        return session.env(HISTORY_ENV).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".raftctl_history"));
    }

    private static List<String> nodeIds(Path config) {
        try {
            ClusterView cluster = ClusterFiles.load(config);
            return cluster.ids();
        } catch (CliException e) {
            return List.of();
        }
    }
}
