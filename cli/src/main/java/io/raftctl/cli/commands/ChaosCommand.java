package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.chaos.ChaosOptions;
import io.raftctl.cli.chaos.ChaosReport;
import io.raftctl.cli.chaos.ChaosRun;
import io.raftctl.cli.chaos.ChaosText;
import io.raftctl.cli.chaos.FaultKind;
import io.raftctl.cli.output.Progress;
import io.raftctl.cli.process.RaftdJar;
import io.raftctl.config.ClusterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

@Command(name = "chaos", description = {
        "Fault-test Raft on real raftd processes and check that no acknowledged write is lost.",
        "Starts a kv and a counter cluster of its own with timers on, writes to them all the time, injects faults"
                + " at random (kill -9, isolate, split, simulated crash, held messages), then heals, waits for"
                + " convergence and checks: same logs and states on every node, every acknowledged write present"
                + " exactly once, and a linearizable kv history.",
        "Exit 1 if any check fails; the run's files are then kept.",
        "The seed fixes every random choice; timing is real, so a rerun with the seed is similar, not identical."})
public final class ChaosCommand extends BaseCommand implements NotOnSimulator {

    /** JVM settings for the daemons of a run: many short-lived processes on a small machine. */
    private static final List<String> DAEMON_JAVA_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m");

    @Option(names = "--duration", paramLabel = "DURATION", converter = Args.DurationConverter.class,
            description = "How long to inject faults (default: 60s).")
    Duration duration = Duration.ofSeconds(60);

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random choice (default: a new one, printed).")
    Long seed;

    @Option(names = "--faults", paramLabel = "LIST", description = "Faults to inject, comma-separated (default: all of kill,isolate,split,crash,hold).")
    String faults = FaultKind.allLabels();

    @Option(names = "--nodes", paramLabel = "N", description = "Nodes per cluster (default: 3).")
    int nodes = 3;

    @Option(names = "--machine", paramLabel = "kv|counter|both", description = "Which clusters to run (default: both).")
    String machine = "both";

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients per cluster (default: 3).")
    int clients = 3;

    @Option(names = "--keys", paramLabel = "N", description = "kv keys the clients share (default: 5).")
    int keys = 5;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the run's clusters, logs and history "
            + "(default: a new temporary directory, removed if the run passes). A given DIR is always kept.")
    Path dir;

    @Option(names = "--keep", description = "Keep the run's directory even if the run passes.")
    boolean keep;

    @Override
    protected void execute() throws IOException {
        ChaosOptions options = options();
        ChaosReport report;
        // No unit count: the notes every 10s carry the figures, the live line (on a terminal) the latest ones.
        try (Progress progress = out().progress("chaos", 0)) {
            ChaosRun.Listener listener = new ChaosRun.Listener() {
                @Override
                public void note(String line) {
                    progress.note(line);
                }

                @Override
                public void elapsed(long seconds, String figures) {
                    progress.detail(seconds + "s of " + options.duration().toSeconds() + "s, " + figures);
                }
            };
            report = new ChaosRun(options, RaftdJar.locate(ctx().session()), listener).run();
        } catch (ChaosRun.Interrupted e) {
            // The daemons are stopped by now; nothing was checked, so the files are all there is to look at.
            throw new CliException(ExitCodes.INTERRUPTED, "chaos run interrupted after " + e.seconds() + "s of "
                    + options.duration().toSeconds() + "s, before any check (" + e.figures() + "); its daemons are"
                    + " stopped and its files are kept in " + options.dir());
        } catch (RuntimeException e) {
            if (e instanceof CliException c) throw c;
            throw CliException.failed("chaos run stopped: " + firstLine(e.getMessage()) + " (its files are in " + options.dir() + ")");
        }
        out().document(report.document());
        out().text(ChaosText.render(report, out().color()));
        if (!report.passed()) {
            throw CliException.failed("chaos run failed: " + report.problems().size() + " problem(s); its files are in " + report.dir());
        }
    }

    private ChaosOptions options() throws IOException {
        if (duration.isNegative() || duration.isZero()) throw CliException.usage("--duration must be positive");
        if (nodes < 3 || nodes > ClusterConfig.MAX_NODES) {
            throw CliException.usage("--nodes must be between 3 and " + ClusterConfig.MAX_NODES + " (faults need a majority to survive)");
        }
        if (clients < 1 || clients > 64) throw CliException.usage("--clients must be between 1 and 64");
        if (keys < 1 || keys > 1000) throw CliException.usage("--keys must be between 1 and 1000");
        Set<FaultKind> kinds;
        try {
            kinds = FaultKind.parseList(faults);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        List<String> machines = switch (machine) {
            case "both" -> List.of("kv", "counter");
            case "kv", "counter" -> List.of(machine);
            default -> throw CliException.usage("--machine takes kv, counter or both, not '" + machine + "'");
        };
        long s = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        boolean keepDir = keep || dir != null;
        Path where = dir != null ? dir : Files.createTempDirectory("raftctl-chaos-");
        List<String> javaOptions = new ArrayList<>(DAEMON_JAVA_OPTIONS);
        ctx().session().env("RAFTD_JAVA_OPTS").ifPresent(o -> javaOptions.addAll(Arrays.asList(o.trim().split("\\s+"))));
        out().line("chaos: seed " + s + ", " + duration.toSeconds() + "s of faults (" + String.join(",", kinds.stream().map(FaultKind::label).toList())
                + "), " + machines.size() + " cluster(s) of " + nodes + " nodes (" + String.join(", ", machines) + ")");
        out().line("       the seed fixes the choices, not the timing: a rerun with --seed " + s + " is similar, not identical");
        return new ChaosOptions(duration, s, kinds, nodes, machines, clients, keys, where, keepDir, javaOptions);
    }

    private static String firstLine(String message) {
        if (message == null) return "unexpected error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
