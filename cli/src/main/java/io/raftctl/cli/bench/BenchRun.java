package io.raftctl.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Progress;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.output.Table;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.LocalDaemons;
import io.raftctl.cli.process.RaftdJar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One {@code raftctl bench} line: validates its options, runs the levels or the failover trials, prints them. */
public final class BenchRun {

    /** What {@code bench --failover -o json} prints: the failover times, each trial, and the counter check. */
    record Failover(int tries, @JsonProperty("failover_p50_ms") double failoverP50Ms,
                    @JsonProperty("failover_min_ms") double failoverMinMs, @JsonProperty("failover_max_ms") double failoverMaxMs,
                    List<FailoverTrials.Trial> trials, long acknowledged, long indeterminate,
                    @JsonProperty("integrity_ok") Boolean integrityOk, String integrity, boolean fsync) {
    }

    private final CommandContext ctx;
    private final Output out;
    private final List<Integer> levels;
    private final Duration duration;
    private final Duration warmup;
    private final String command;
    private final int connections;
    private final boolean freshCluster;
    private final boolean failover;
    private final int tries;
    private final boolean strict;

    public BenchRun(CommandContext ctx, Output out, List<Integer> levels, Duration duration, Duration warmup,
                    String command, int connections, boolean freshCluster, boolean failover, int tries,
                    boolean strict) {
        this.ctx = ctx;
        this.out = out;
        this.levels = levels;
        this.duration = duration;
        this.warmup = warmup;
        this.command = command;
        this.connections = connections;
        this.freshCluster = freshCluster;
        this.failover = failover;
        this.tries = tries;
        this.strict = strict;
    }

    public void execute() throws Exception {
        validate();
        if (!freshCluster) {
            ClusterView cluster = ctx.cluster();
            // Failover trials start the killed node again, as 'up' would.
            run(cluster, new DaemonManager(cluster, failover ? RaftdJar.locate(ctx.session()) : null, javaOptions()));
            return;
        }
        try (FreshCluster fresh = FreshCluster.start(ctx.session(), out)) {
            run(fresh.cluster(), fresh.daemons());
        }
    }

    private List<String> javaOptions() {
        return ctx.session().env("RAFTD_JAVA_OPTS").map(o -> Arrays.asList(o.trim().split("\\s+"))).orElse(List.of());
    }

    private void validate() {
        if (levels == null || levels.isEmpty()) throw CliException.usage("--ramp needs at least one client count");
        for (int c : levels) {
            if (c < 1 || c > 10_000) throw CliException.usage("client counts must be between 1 and 10000, got " + c);
        }
        if (duration.isNegative() || duration.isZero()) throw CliException.usage("--duration must be positive");
        if (warmup.isNegative()) throw CliException.usage("--warmup must not be negative");
        if (command == null || command.isBlank()) throw CliException.usage("--command must not be empty");
        if (connections < 0) throw CliException.usage("--connections must be positive");
        if (tries < 1 || tries > 1000) throw CliException.usage("--tries must be between 1 and 1000");
        if (strict && failover) throw CliException.usage("--strict applies to load levels, not to --failover");
    }

    private void run(ClusterView cluster, DaemonManager daemons) throws Exception {
        try {
            measure(cluster, daemons);
        } catch (CliException e) {
            if (e.exitCode() != ExitCodes.UNREACHABLE || !e.getMessage().startsWith("no node of cluster")) throw e;
            throw new CliException(ExitCodes.UNREACHABLE, e.getMessage()
                    + " (or 'raftctl bench --fresh-cluster' benchmarks a new cluster of its own)", e);
        }
    }

    private void measure(ClusterView cluster, DaemonManager daemons) throws Exception {
        ClusterClient clients = new ClusterClient(cluster, AdminHttp.client(),
                id -> LocalDaemons.unreachableHint(cluster, id, "raftctl"));
        Bench bench = new Bench(cluster, clients, out, command);
        boolean fsync = bench.fsync();
        if (!fsync) {
            out.warn(out.style("fsync: false", Style.BOLD_RED) + " — the cluster does not make writes durable;"
                    + " these figures are not comparable with a durable system");
        }
        if (failover) {
            runFailover(cluster, clients, daemons, bench, fsync);
            return;
        }
        var leader = bench.leader();
        out.line(String.format(Locale.ROOT, "bench: cluster %s, leader %s (client port %s), command '%s', fsync: %s",
                cluster.name(), leader.id(), leader.client(), command, fsync ? "true" : out.style("false", Style.BOLD_RED)));
        List<LevelResult> results = bench.run(levels, connections, warmup, duration, fsync, strict);
        out.document(results);
        if (!out.json()) {
            out.table(table(results));
            for (LevelResult r : results) {
                if (r.leaderChanges() > 0 && !strict) out.line(leaderChangeLine(r));
                if (r.firstError() != null) {
                    out.warn(r.clients() + " client" + (r.clients() == 1 ? "" : "s") + ": " + r.errors()
                            + " error(s), the first: " + r.firstError());
                }
            }
            String integrity = results.stream().allMatch(r -> r.integrityOk() == null) ? results.get(0).integrity()
                    : results.stream().filter(r -> Boolean.FALSE.equals(r.integrityOk())).map(LevelResult::integrity)
                    .findFirst().orElse(results.get(results.size() - 1).integrity());
            out.line("integrity: " + integrity);
        }
        for (LevelResult r : results) {
            if (Boolean.FALSE.equals(r.integrityOk())) {
                throw CliException.failed("integrity check failed at " + r.clients() + " clients: " + r.integrity());
            }
        }
        for (LevelResult r : results) {
            if (strict && r.leaderMovedTo() != null) {
                throw CliException.failed("leadership moved from " + r.leader() + " to " + r.leaderMovedTo() + " during the "
                        + r.clients() + "-client level, which measured only until then; rerun once the cluster is stable");
            }
        }
    }

    static Table table(List<LevelResult> results) {
        Table t = new Table().column("CLIENTS").column("OPS/S").column("P50-MS").column("P90-MS").column("P99-MS")
                .column("P99.9-MS").column("MAX-MS").column("STALL-MS").column("LEADER-CHANGES").column("FAILED")
                .column("UNKNOWN").column("ACKED")
                .column("INTEGRITY", v -> "FAILED".equals(v) ? Style.BOLD_RED : Style.PLAIN);
        for (LevelResult r : results) {
            t.row(Integer.toString(r.clients()), String.format(Locale.ROOT, "%.0f", r.opsPerS()), ms(r.p50Ms()),
                    ms(r.p90Ms()), ms(r.p99Ms()), ms(r.p999Ms()), ms(r.maxMs()), ms(r.longestStallMs()),
                    Integer.toString(r.leaderChanges()), Long.toString(r.failed()), Long.toString(r.unknownOutcome()),
                    Long.toString(r.acknowledged()), r.integrityOk() == null ? "-" : r.integrityOk() ? "ok" : "FAILED");
        }
        return t;
    }

    /** What the clients rode through at one client count. */
    static String leaderChangeLine(LevelResult r) {
        return String.format(Locale.ROOT, "%d client%s: followed %d leader change%s (%s to %s first), longest stall"
                        + " %s ms; %d command%s failed, %d of unknown outcome", r.clients(), r.clients() == 1 ? "" : "s",
                r.leaderChanges(), r.leaderChanges() == 1 ? "" : "s", r.leader(), r.leaderMovedTo(),
                ms(r.longestStallMs()), r.failed(), r.failed() == 1 ? "" : "s", r.unknownOutcome());
    }

    private void runFailover(ClusterView cluster, ClusterClient clients, DaemonManager daemons, Bench bench,
                             boolean fsync) throws InterruptedException {
        List<NodeReply<AdminDtos.Status>> all = clients.statusAll();
        for (NodeReply<AdminDtos.Status> r : all) {
            if (!r.reachable()) throw CliException.failed("--failover needs every node up, but " + r.id() + " is unreachable");
            if (!r.value().timers()) throw CliException.failed("--failover needs timers on, but " + r.id() + " has them off");
        }
        var leader = bench.leader();
        Long before = bench.counterAt(leader);
        out.line("bench --failover: cluster " + cluster.name() + ", " + tries + " tries, leader SIGKILL to the first"
                + " accepted '" + command + "', fsync: " + fsync);
        FailoverTrials trials = new FailoverTrials(cluster, clients, daemons);
        List<FailoverTrials.Trial> done = new ArrayList<>();
        try (Progress progress = out.progress("bench --failover", tries)) {
            for (int i = 1; i <= tries; i++) {
                FailoverTrials.Trial t = trials.run(i, command);
                done.add(t);
                progress.step(String.format(Locale.ROOT, "trial %2d: killed %s (gone after %.0f ms), %s accepted a write"
                        + " after %.1f ms (%d probe%s)", t.trial(), t.killedLeader(), t.killToExitMs(), t.newLeader(),
                        t.failoverMs(), t.probes(), t.probes() == 1 ? "" : "s"));
            }
        }
        double[] ms = done.stream().mapToDouble(FailoverTrials.Trial::failoverMs).sorted().toArray();
        double p50 = ms[(int) Math.ceil(0.5 * ms.length) - 1];
        Boolean ok = null;
        String integrity = "not checked: the command is not 'add N' on a counter";
        if (before != null && bench.increment() != null) {
            CounterLedger ledger = new CounterLedger(before, bench.increment());
            ledger.add(trials.acknowledged, trials.indeterminate);
            IntegrityCheck.Verdict v = bench.verdict(ledger);
            ok = v.ok();
            integrity = v.text();
        }
        out.document(new Failover(done.size(), p50, ms[0], ms[ms.length - 1], done, trials.acknowledged,
                trials.indeterminate, ok, integrity, fsync));
        out.line(String.format(Locale.ROOT, "failover: p50 %.1f ms, min %.1f ms, max %.1f ms over %d tries (all: %s)",
                p50, ms[0], ms[ms.length - 1], ms.length, Arrays.toString(Arrays.stream(ms).mapToLong(Math::round).toArray())));
        out.line("integrity: " + integrity);
        if (Boolean.FALSE.equals(ok)) throw CliException.failed("integrity check failed: " + integrity);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
}
