package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Progress;
import io.raftctl.cli.sim.FoundScript;
import io.raftctl.cli.sim.SimReport;
import io.raftctl.cli.sim.SimSearch;
import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.Profile;
import io.raftctl.sim.explore.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

@Command(name = "sim", description = {
        "Random exploration on the simulator: each seed starts a simulated cluster, holds every message and runs"
                + " random script lines (deliver, drop, duplicate, tick, propose, crash, restart, net split/isolate/heal,"
                + " elect, heartbeat, timers, trigger set/clear), checking Raft's safety properties after every step,"
                + " then heals everything and checks that the cluster converges.",
        "On a violation it prints the seed, the invariant and a minimal script that reproduces it (shrunk by dropping"
                + " lines while the same invariant still breaks), which 'raftctl run --sim --seed S FILE' replays. Exit 1"
                + " on a violation, 0 if none.",
        "Profiles: faulty (the usual mix of deliveries, time and faults), calm (many writes, few faults: long logs),"
                + " swarm (weights drawn per seed, about half of the kinds left out), mixed (the default: faulty, calm"
                + " and swarm in turn, by seed mod 3)."})
public final class SimCommand extends BaseCommand implements NotOnSimulator {

    @Option(names = "--seeds", paramLabel = "N", description = "How many seeds to explore (default: 100, or 1 with --seed).")
    Integer seeds;

    @Option(names = "--seed", paramLabel = "S", description = "The first seed (default: 1).")
    Long seed;

    @Option(names = "--nodes", paramLabel = "N", description = "Nodes per cluster (default: 3 or 5, by seed).")
    Integer nodes;

    @Option(names = "--steps", paramLabel = "N", description = "Random lines per seed, before the convergence lines (default: 1000).")
    int steps = 1000;

    @Option(names = "--profile", paramLabel = "calm|faulty|swarm|mixed", completionCandidates = ProfileCandidates.class,
            description = "How lines are drawn (default: mixed).")
    String profile = Profile.Choice.MIXED.label();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the minimal script of a violation to FILE.")
    Path outFile;

    // Hidden: a broken engine for the self-test (docs/reliability.md); run --sim takes the same option to replay.
    @Option(names = "--commit-rule", paramLabel = "RULE", hidden = true, converter = CommitRuleOption.class,
            description = "current-term (Raft) or count-replicas (the unsafe rule of Figure 8 of the Raft paper).")
    RaftSettings.CommitRule commitRule = RaftSettings.CommitRule.CURRENT_TERM;

    /** Values of --profile, for completion. */
    static final class ProfileCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Profile.Choice.labels().iterator();
        }
    }

    @Override
    public String whyNotOnSimulator() {
        return "it runs simulated clusters of its own; run it outside the script";
    }

    @Override
    protected void execute() throws IOException {
        Exploration.Options options = options();
        long first = seed == null ? 1 : seed;
        int count = seeds != null ? seeds : seed != null ? 1 : 100;
        Output out = out();
        SimSearch.Result result;
        try (Progress progress = out.progress("sim", count)) {
            result = SimSearch.run(first, count, options, new SimSearch.Listener() {
                @Override
                public void explored(Run run, int done) {
                    progress.advance(1);
                    progress.detail("seed " + run.seed() + " (" + run.profile() + ")");
                }

                @Override
                public void shrinking(Run failing) {
                    progress.note("seed " + failing.seed() + " breaks " + failing.violation().invariant().label()
                            + "; shrinking its " + failing.played().size() + " lines");
                }
            }, System::nanoTime);
        }
        FoundScript found = result.ok() ? null : new FoundScript(result.shrunk().minimal(), options);
        String file = outFile != null ? outFile.toString() : found == null ? null : "seed-" + found.run().seed() + ".raftctl";
        if (found != null && outFile != null) Files.writeString(outFile, found.text(file), StandardCharsets.UTF_8);
        out.document(SimReport.json(result, found, outFile == null ? null : file));
        out.text(SimReport.text(result, found, file, outFile != null));
        if (found != null) {
            throw CliException.failed("seed " + found.run().seed() + " breaks " + found.run().violation().invariant().label()
                    + " (a script of " + found.lines().size() + " lines reproduces it)");
        }
    }

    private Exploration.Options options() {
        if (seeds != null && seeds < 1) throw CliException.usage("--seeds must be at least 1");
        if (steps < 0) throw CliException.usage("--steps must be 0 or more");
        if (nodes != null && (nodes < 1 || nodes > io.raftctl.config.ClusterConfig.MAX_NODES)) {
            throw CliException.usage("--nodes must be between 1 and " + io.raftctl.config.ClusterConfig.MAX_NODES);
        }
        Profile.Choice choice;
        try {
            choice = Profile.Choice.parse(profile);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        return new Exploration.Options(steps, nodes, choice, commitRule);
    }
}
