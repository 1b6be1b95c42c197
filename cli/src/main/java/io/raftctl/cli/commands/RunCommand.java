package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Session;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.script.ScratchCluster;
import io.raftctl.cli.script.ScriptPlan;
import io.raftctl.cli.script.ScriptRunner;
import io.raftctl.cli.sim.SimWorld;
import io.raftctl.raft.RaftSettings;
import io.raftctl.util.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Command(name = "run", description = {
        "Run scenario scripts (*.raftctl): one command per line, as typed in the shell; '#' starts a comment line.",
        "The first failing line stops its script with FILE:LINE: <line>: <reason>; the other scripts still run"
                + " (unless --fail-fast), and the run exits 1 if any script failed.",
        "A script runs against the current cluster file. But a script that starts its own cluster ('up' on one of"
                + " its lines, no -c) while ./raftctl.yaml already holds a cluster this run did not create runs in a"
                + " scratch directory of its own instead, so that running examples never stops, wipes or rewrites"
                + " the operator's cluster (-c, $RAFTCTL_CONFIG or --in-place: always the current cluster file)."
                + " The daemons of a scratch cluster are stopped when its script ends; its directory is deleted, or"
                + " kept when the script failed or with --keep.",
        "--sim runs the scripts on the simulator instead: an in-process, deterministic cluster built from the same"
                + " engine code, one per script, created by the script's 'up'. No daemons, sockets, files or cluster"
                + " file; 'wait', 'sleep' and 'tick' let simulated time pass at once. The same scripts and --seed give"
                + " the same output, byte for byte. Messages are delivered at the end of the line that sent them, except"
                + " those of held nodes ('net hold'), which stay in flight for 'net deliver', and the simulator-only"
                + " lines 'deliver', 'drop', 'duplicate', 'propose' and 'stabilize'. bench, chaos, demo, watch, shell, completion, man and run"
                + " do not run there (exit 2)."})
public final class RunCommand extends BaseCommand implements NotOnSimulator {

    @Option(names = {"-q", "--quiet"}, description = "Do not echo each line before running it, nor a header per script.")
    boolean quiet;

    @Option(names = "--in-place", description = "Run every script against the current cluster file, even one that starts its own cluster.")
    boolean inPlace;

    @Option(names = "--keep", description = "Keep the scratch directories of scripts that passed too (their daemons are stopped all the same).")
    boolean keep;

    @Option(names = "--fail-fast", description = "Stop at the first script that fails.")
    boolean failFast;

    @Option(names = "--sim", description = "Run the scripts on the simulator (no daemons, no cluster file): deterministic,"
            + " and fast, since simulated time passes at once.")
    boolean sim;

    @Option(names = "--seed", paramLabel = "S", description = "With --sim: the seed of every random choice (election"
            + " timeouts). Default: " + SimWorld.DEFAULT_SEED + ".")
    Long seed;

    // Hidden: a broken engine, so that the self-test of 'raftctl sim' can replay what it found (docs/reliability.md).
    @Option(names = "--commit-rule", paramLabel = "RULE", hidden = true, converter = CommitRuleOption.class,
            description = "With --sim: current-term (Raft) or count-replicas (the unsafe rule of Figure 8 of the Raft paper).")
    RaftSettings.CommitRule commitRule;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    private record Result(Path file, Outcome outcome, Path scratch, boolean kept, Duration took) {
    }

    /** The run's summary document: {@code simulated} and {@code seed} only with --sim. */
    record Summary(boolean ok, long passed, long failed, @JsonProperty("not_run") long notRun,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Boolean simulated,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Long seed, List<ScriptSummary> scripts) {
    }

    /** One script's outcome; {@code error} and {@code scratch_dir} are null when it passed, or ran in place. */
    record ScriptSummary(String file, boolean passed, String error, @JsonProperty("scratch_dir") String scratchDir,
                         boolean kept, double seconds) {
    }

    /** Cluster files that scripts of this run created: later scripts of the run may use them in place. */
    private final Set<Path> createdByThisRun = new HashSet<>();

    @Override
    public String whyNotOnSimulator() {
        return "a script on the simulator cannot run other scripts; name them all on the one 'raftctl run --sim' line";
    }

    @Override
    protected void execute() {
        checkSimulatorOptions();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw CliException.usage("script " + f + " not found");
        }
        Output out = out();
        List<Result> results = new ArrayList<>();
        for (Path f : files) {
            Result r = runOne(f, out);
            results.add(r);
            if (r.outcome().exitCode() == ExitCodes.INTERRUPTED) break;
            if (!r.outcome().succeeded() && failFast) break;
        }
        report(out, results);
    }

    /** --sim has no cluster file and no scratch directories; --seed means nothing without it. */
    private void checkSimulatorOptions() {
        if (!sim) {
            if (seed != null) throw CliException.usage("--seed chooses the simulator's random choices: it goes with --sim");
            if (commitRule != null) throw CliException.usage("--commit-rule changes the simulated engine: it goes with --sim");
            return;
        }
        if (ctx().configOption() != null) {
            throw CliException.usage("--sim runs the scripts on a simulated cluster, which reads no cluster file: leave out -c");
        }
        if (inPlace || keep) {
            throw CliException.usage((inPlace ? "--in-place" : "--keep") + " is about cluster files and scratch directories,"
                    + " which --sim does not use: leave it out");
        }
    }

    private Result runOne(Path file, Output out) {
        if (sim) return runSimulated(file, out);
        List<String> lines = read(file);
        ScriptPlan plan = ScriptPlan.of(lines);
        Path current = ctx().configPath().toAbsolutePath().normalize();
        boolean existed = Files.exists(current);
        boolean someoneElses = existed && !createdByThisRun.contains(current);
        boolean scratch = plan.startsOwnCluster() && !plan.namesClusterFile() && !ctx().configGiven() && !inPlace
                && someoneElses;
        Session session = ctx().nestedSession();
        ScratchCluster cluster = scratch ? ScratchCluster.create(file) : null;
        if (cluster != null) session = session.withDefaults(cluster.configFile(), true, session.defaultOutput(), session.verbose());
        if (!quiet) out.line(out.style("== " + file + " ==", Style.BOLD) + " " + out.style(cluster != null
                ? "(its own cluster, in " + cluster.dir() + ": " + ctx().configPath()
                        + " is a cluster this run did not start; --in-place runs it there)"
                : "(cluster file " + ctx().configPath() + ")", Style.DIM));
        long started = System.nanoTime();
        Outcome outcome;
        try {
            outcome = new ScriptRunner(session, !quiet).run(file.toString(), lines);
        } catch (RuntimeException e) {
            if (cluster != null) cluster.close(true);
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (cluster == null && !existed && Files.exists(current)) createdByThisRun.add(current);
        boolean kept = false;
        if (cluster != null) {
            kept = keep || !outcome.succeeded();
            List<String> stopped = cluster.close(kept);
            if (!stopped.isEmpty()) out.line("stopped " + String.join(", ", stopped) + " of the script's own cluster");
            if (kept) out.line("kept " + cluster.dir() + " (cluster file, node data and logs)");
        }
        // Each failure is said as it happens; the summary at the end counts them.
        if (!outcome.succeeded() && outcome.exitCode() != ExitCodes.INTERRUPTED && files.size() > 1) {
            ctx().session().err().println(outcome.error());
            ctx().session().err().flush();
        }
        return new Result(file, outcome, cluster == null ? null : cluster.dir(), kept, took);
    }

    /** One script on a world of its own; its duration is simulated time, so that the output is the same on every run. */
    private Result runSimulated(Path file, Output out) {
        List<String> lines = read(file);
        SimWorld world = new SimWorld(seed == null ? SimWorld.DEFAULT_SEED : seed,
                commitRule == null ? RaftSettings.CommitRule.CURRENT_TERM : commitRule);
        Session session = ctx().nestedSession().withSimulation(world);
        if (!quiet) {
            out.line(out.style("== " + file + " ==", Style.BOLD) + " " + out.style("(simulated, seed " + world.seed() + ")", Style.DIM));
        }
        Outcome outcome = new ScriptRunner(session, !quiet).run(file.toString(), lines);
        if (!outcome.succeeded() && outcome.exitCode() != ExitCodes.INTERRUPTED && files.size() > 1) {
            ctx().session().err().println(outcome.error());
            ctx().session().err().flush();
        }
        return new Result(file, outcome, null, false, Duration.ofMillis(world.nowMs()));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.usage("cannot read script " + file + ": " + e.getMessage());
        }
    }

    private void report(Output out, List<Result> results) {
        long failed = results.stream().filter(r -> !r.outcome().succeeded()).count();
        long passed = results.size() - failed;
        long notRun = files.size() - results.size();
        Duration total = results.stream().map(Result::took).reduce(Duration.ZERO, Duration::plus);
        if (files.size() > 1) {
            StringBuilder summary = new StringBuilder(files.size() + " scripts: " + passed + " passed");
            if (failed > 0) summary.append(", ").append(failed).append(" failed");
            if (notRun > 0) summary.append(", ").append(notRun).append(" not run");
            summary.append(" (").append(Durations.format(total.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)))
                    .append(sim ? " simulated" : "").append(")");
            out.line(out.style(summary.toString(), failed > 0 ? Style.BOLD_RED : Style.BOLD_GREEN));
        }
        out.document(document(results, passed, failed, notRun));
        Result last = results.get(results.size() - 1);
        if (last.outcome().exitCode() == ExitCodes.INTERRUPTED) {
            throw CliException.preformatted(ExitCodes.INTERRUPTED, last.outcome().error());
        }
        if (failed == 0) return;
        if (files.size() == 1) throw CliException.preformatted(last.outcome().exitCode(), last.outcome().error());
        List<String> names = results.stream().filter(r -> !r.outcome().succeeded()).map(r -> r.file().toString()).toList();
        throw CliException.failed(failed + " of " + files.size() + " scripts failed: " + String.join(", ", names));
    }

    private Summary document(List<Result> results, long passed, long failed, long notRun) {
        List<ScriptSummary> scripts = new ArrayList<>();
        for (Result r : results) {
            scripts.add(new ScriptSummary(r.file().toString(), r.outcome().succeeded(), r.outcome().error(),
                    r.scratch() == null ? null : r.scratch().toString(), r.kept(), r.took().toMillis() / 1000.0));
        }
        boolean ok = failed == 0 && notRun == 0;
        if (!sim) return new Summary(ok, passed, failed, notRun, null, null, scripts);
        // "seconds" of each script are then simulated seconds.
        return new Summary(ok, passed, failed, notRun, true, seed == null ? SimWorld.DEFAULT_SEED : seed, scripts);
    }
}
