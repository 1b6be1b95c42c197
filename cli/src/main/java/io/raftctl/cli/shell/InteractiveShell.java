package io.raftctl.cli.shell;

import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.ErrorReporter;
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
 * The interactive shell: JLine line editing, history in {@code ~/.raftctl_history}, tab completion. Every
 * line runs through {@link Raftctl#executeLine}, exactly as in a script; a failing line prints its error
 * and the shell goes on. {@code exit}, {@code quit} or Ctrl-D leave; Ctrl-C drops the line being typed.
 */
public final class InteractiveShell {

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
        Session lines = ctx.nestedSession().withStreams(writer, writer).withTerminal(interactive);
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
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".raftctl_history"))
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
        // Ctrl-C while a line runs interrupts that line (a long wait, a sleep), not the shell;
        // while a line is being typed, JLine turns it into UserInterruptException instead.
        Thread shellThread = Thread.currentThread();
        terminal.handle(Terminal.Signal.INT, signal -> shellThread.interrupt());
        if (interactive) {
            writer.println("raftctl shell on " + config + " - 'help' lists commands, Tab completes, 'exit' or Ctrl-D leaves.");
            writer.flush();
        }
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt(config, lines));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String trimmed = line.strip();
            if (ScriptRunner.isSkipped(trimmed)) continue;
            if (EXIT_WORDS.contains(trimmed)) break;
            Raftctl.executeLine(lines, trimmed);
            Thread.interrupted(); // a Ctrl-C that arrived as the line ended must not hit the next one
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // History is a convenience; losing it is not worth an error on exit.
        }
    }

    private static String prompt(Path config, Session session) {
        String name;
        try {
            name = ClusterFiles.load(config).name();
        } catch (CliException e) {
            name = null;
        }
        String text = name == null ? "raftctl> " : "raftctl[" + name + "]> ";
        return Style.CYAN.apply(text, session.color());
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
