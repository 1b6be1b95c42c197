package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.backend.ScriptClock;
import io.raftctl.cli.client.AdminCallException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.output.Progress;
import io.raftctl.cli.script.FieldCheck;
import io.raftctl.cli.script.FieldReader;
import io.raftctl.util.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;

@Command(name = "wait", description = {
        "Poll a status field of NODE until the check holds (fields and operators as for 'expect').",
        "An unreachable NODE is polled again until the timeout. Exit 1 on timeout.",
        "On the simulator (raftctl run --sim) the timeout is simulated time: polling lets it pass, running the nodes'"
                + " timers and delivering their messages, and takes no real time."})
public final class WaitCommand extends BaseCommand {

    static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    @Mixin
    NodeParameter node;

    @Parameters(index = "1..*", paramLabel = "FIELD [OP] VALUE", arity = "2..3")
    List<String> condition;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Args.DurationConverter.class,
            description = "Give up after DURATION (default: 5s).")
    Duration timeout = Duration.ofSeconds(5);

    @Override
    protected void execute() throws InterruptedException {
        FieldCheck check = FieldCheck.parse(condition);
        NodeAdmin client = clients().node(node.id);
        // Wall-clock time on daemons; on the simulator, polling lets simulated time pass instead.
        ScriptClock clock = ctx().backend().clock();
        long deadline = clock.millis() + timeout.toMillis();
        String last;
        // On a terminal a live line shows that the wait is on, and what it last saw (nothing elsewhere).
        try (Progress progress = out().progress("waiting for " + node.id + " " + check.describe(), 0)) {
            while (true) {
                try {
                    String actual = FieldReader.read(client, check);
                    if (check.holds(actual)) {
                        progress.close();
                        ExpectCommand.report(this, node.id, check, actual);
                        return;
                    }
                    last = "it was " + actual;
                } catch (NodeUnreachableException e) {
                    last = "it was unreachable (" + e.reason() + ")";
                } catch (AdminCallException e) {
                    // A node shutting down or restarting its storage answers 503 for a moment: poll again.
                    if (e.httpStatus() != 503) throw e;
                    last = "it was unavailable (" + e.getMessage() + ")";
                }
                progress.detail(last.replaceFirst("^it was ", "now "));
                long left = deadline - clock.millis();
                if (left <= 0) break;
                clock.pass(Duration.ofMillis(Math.max(1, Math.min(POLL_INTERVAL.toMillis(), left))));
            }
        }
        throw CliException.failed("timed out after " + Durations.format(timeout) + " waiting for " + node.id + " "
                + check.describe() + "; " + last);
    }
}
