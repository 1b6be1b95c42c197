package io.raftctl.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.CliException;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.cluster.LocalClusterSpec;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.output.Progress;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.FreePorts;
import io.raftctl.cli.script.ScriptRunner;
import io.raftctl.cli.shell.InteractiveShell;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

@Command(name = "demo", description = {
        "Start a fresh local 3-node cluster with timers off in ./.raftctl/demo and walk through the seed scenario"
                + " (the leader's state machine explodes on a command; the entry is retried after the trigger is"
                + " cleared), then print the trace.",
        "On a terminal, the shell opens on the demo cluster afterwards."})
public final class DemoCommand extends BaseCommand implements NotOnSimulator {

    static final Path DIR = Path.of(".raftctl", "demo");

    /** The demo passed: its cluster file, the script lines run, and the merged trace as {@code trace show} prints it. */
    record Passed(boolean ok, String config, long lines, JsonNode trace) {
    }

    /** The seed scenario, step by step; comment lines explain the steps that follow them. */
    static final String SCRIPT = """
            # Starting three raftd daemons with timers off: nothing happens unless we ask for it.
            up --nodes 3 --timers off --fresh
            # Step 1 of 4: n1 campaigns (a pre-vote round, then the real vote), wins, and appends a term-start entry.
            trace section Normal election
            elect n1
            wait n1 role LEADER
            # A first command goes through the log and is applied everywhere: the counter is now 1.
            command add 1
            # Step 2 of 4: n1's state machine is rigged to throw on its next apply.
            trace section Node 1 is leader, rigging it to explode on command and running command
            trigger set n1 explode
            # The command is replicated and committed, but applying it at the leader fails: the client gets an error.
            must-fail command add 1
            # The leader's state still shows the first command only.
            expect n1 state 1
            # Step 3 of 4: the trigger is cleared; a heartbeat makes the leader retry the apply, which succeeds.
            trace section Leader node 1 returned an error from command request, clearing trigger and sending heartbeats to retry
            trigger clear n1 explode
            heartbeat
            wait n1 state 2
            # Step 4 of 4: the next heartbeat carries the commit index to the followers, which apply the entry too.
            trace section Leader node 1 retry succeeded, now need another heartbeat to trigger followers to apply and commit
            heartbeat
            wait n2 state 2
            wait n3 state 2
            # The merged trace of the four sections, in the notation of the seed document:
            trace show --format rst
            """;

    @Override
    protected void execute() {
        Path file = DIR.resolve("raftctl.yaml");
        resetDemo(file);
        Session session = ctx().session().withDefaults(file.toAbsolutePath(), OutputFormat.TEXT, ctx().verbose());
        List<String> lines = SCRIPT.lines().toList();
        Outcome outcome = out().json() ? runQuietly(session, lines) : runWithProgress(session, lines);
        if (!outcome.succeeded()) {
            stop(session);
            throw CliException.preformatted(outcome.exitCode(), outcome.error());
        }
        if (out().json()) {
            printDocument(session, file, lines);
            stop(session);
        } else if (ctx().session().terminal() && ctx().session().topLevel()) {
            out().line("");
            out().line("The demo cluster keeps running. You are in the shell on it: try 'status', 'log n1', 'trace show'.");
            out().line("Leave with 'exit' (this stops the cluster); from another terminal, 'raftctl down -c "
                    + file + "' stops it too.");
            try {
                InteractiveShell.open(new io.raftctl.cli.CommandContext(session, null, null, ctx().verbose()));
            } finally {
                stop(session);
            }
        } else {
            stop(session);
        }
    }

    /** The narrated script, with a live progress line below it on a terminal. */
    private Outcome runWithProgress(Session session, List<String> lines) {
        try (Progress progress = out().progress("demo", ScriptRunner.commandLines(lines))) {
            Session shown = session.withStreams(progress.out(), progress.err());
            return new ScriptRunner(shown, true, true).listener(new ScriptRunner.Listener() {
                @Override
                public void before(String line) {
                    progress.detail(line);
                }

                @Override
                public void after(String line, Outcome outcome) {
                    progress.step(null);
                }
            }).run("demo", lines);
        }
    }

    /** With -o json the script's own output is not shown: one document follows instead. */
    private static Outcome runQuietly(Session session, List<String> lines) {
        Session.Captured captured = session.capture();
        return new ScriptRunner(captured.session(), false, false).run("demo", lines);
    }

    private void printDocument(Session session, Path file, List<String> lines) {
        Session.Captured trace = session.capture();
        Outcome shown = Raftctl.executeLine(trace.session(), "trace show --format json");
        if (!shown.succeeded()) throw CliException.preformatted(shown.exitCode(), shown.error());
        out().document(new Passed(true, file.toAbsolutePath().toString(), ScriptRunner.commandLines(lines),
                Json.parse(trace.out())));
    }

    /** Stops a previous demo's daemons and deletes its directory, then writes the demo's cluster file. */
    private void resetDemo(Path file) {
        if (Files.exists(file)) {
            try {
                ClusterView old = ClusterFiles.load(file);
                DaemonManager daemons = new DaemonManager(old, null, List.of());
                daemons.stopAll(old.nodes().stream().flatMap(n -> daemons.running(n.id()).stream()).toList(), false, UpCommand.STOP_GRACE);
            } catch (CliException e) {
                out().warn("ignoring the previous demo's cluster file: " + e.getMessage());
            }
        }
        deleteTree(DIR);
        List<Integer> ports = FreePorts.take(6);
        // The demo's data lives beside its cluster file, in .raftctl/demo/<node>.
        ClusterFiles.writeLocalDefault(file, new LocalClusterSpec("demo", 3, ports.subList(0, 3), ports.subList(3, 6),
                Path.of("."), false, true, true));
    }

    private static void stop(Session session) {
        Raftctl.executeLine(session, "down");
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw CliException.failed("cannot remove the previous demo in " + dir + ": " + e.getMessage());
        }
    }
}
