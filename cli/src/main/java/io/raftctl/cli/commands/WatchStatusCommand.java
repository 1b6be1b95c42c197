package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Keyboard;
import io.raftctl.cli.Session;
import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.output.LiveScreen;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.shell.TerminalKeyboard;
import io.raftctl.util.Durations;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

@Command(name = "status", description = {
        "The status table, redrawn in place every interval until a key is pressed (or Ctrl-C).",
        "When the output is not a terminal, or with -o json: one table (one JSON document) per interval."})
public final class WatchStatusCommand extends BaseCommand implements NotOnSimulator {

    private static final Duration MIN_INTERVAL = Duration.ofMillis(50);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Parameters(paramLabel = "NODE", arity = "0..*", completionCandidates = NodeIdCandidates.class,
            description = "Nodes to show (default: all).")
    List<String> nodes;

    @Option(names = "--interval", paramLabel = "DURATION", converter = Args.DurationConverter.class,
            description = "Time between two refreshes (default: 1s).")
    Duration interval = Duration.ofSeconds(1);

    @Option(names = "--count", paramLabel = "N",
            description = "Stop after N refreshes (default: when a key is pressed; off a terminal, never).")
    Integer count;

    @Override
    protected void execute() throws InterruptedException {
        if (interval.compareTo(MIN_INTERVAL) < 0) throw CliException.usage("--interval must be at least " + Durations.format(MIN_INTERVAL));
        if (count != null && count < 1) throw CliException.usage("--count must be at least 1");
        cluster().select(nodes);
        Session session = ctx().session();
        if (session.terminal() && !out().json()) {
            if (session.keyboard().isPresent()) {
                live(session.keyboard().get());
            } else {
                try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                    live(new TerminalKeyboard(terminal));
                } catch (IOException e) {
                    throw CliException.failed("cannot read the keyboard: " + e.getMessage());
                }
            }
        } else {
            plain();
        }
    }

    /** Redrawn in place until a key is pressed. */
    private void live(Keyboard keyboard) throws InterruptedException {
        LiveScreen screen = new LiveScreen(ctx().session().out());
        try (Keyboard.Keys keys = keyboard.listen()) {
            for (int n = 1; ; n++) {
                screen.draw(header("press any key to stop") + StatusCommand.table(fetch(), out(), ctx().session()).render(out().color()));
                if (count != null && n >= count) return;
                if (keys.pressedWithin(interval)) return;
            }
        }
    }

    /** One table (or JSON document) per interval, for logs and pipes. */
    private void plain() throws InterruptedException {
        for (int n = 1; ; n++) {
            List<StatusRows.Row> rows = fetch();
            if (out().json()) {
                out().document(StatusRows.document(rows));
            } else {
                if (n > 1) out().line("");
                out().text(header(null) + StatusCommand.table(rows, out(), ctx().session()).render(out().color()));
            }
            if (count != null && n >= count) return;
            LockSupport.parkNanos(interval.toNanos());
            if (Thread.interrupted()) throw new InterruptedException();
        }
    }

    private List<StatusRows.Row> fetch() {
        return StatusRows.fetch(ctx(), nodes);
    }

    private String header(String hint) {
        String left = "Every " + Durations.format(interval) + ": status of cluster " + cluster().name();
        String right = LocalTime.now().format(CLOCK) + (hint == null ? "" : "  (" + hint + ")");
        return out().style(left, Style.BOLD) + "   " + right + "\n\n";
    }
}
