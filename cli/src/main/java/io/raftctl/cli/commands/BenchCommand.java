package io.raftctl.cli.commands;

import io.raftctl.cli.bench.BenchRun;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

@Command(name = "bench", description = {
        "Closed-loop clients against the leader's client port, each sending the command and waiting for its result.",
        "Per client count: ops/s, p50/p90/p99/p99.9/max latency, the longest stall, leader changes, failed and"
                + " unknown-outcome commands; then every node's counter must hold the acknowledged 'add N' writes,"
                + " plus at most those of unknown outcome (exit 1 if not).",
        "When the leader changes, the clients follow it and the level goes on; --strict ends the run instead (exit 1).",
        "--failover times leader SIGKILL to the first accepted write."})
public final class BenchCommand extends BaseCommand implements NotOnSimulator {

    static final class Load {
        @Option(names = "--clients", paramLabel = "C", description = "Concurrent clients (default: the ramp 1,8,32,64).")
        Integer clients;

        @Option(names = "--ramp", paramLabel = "C,C,...", split = ",", description = "Client counts measured one after the other.")
        List<Integer> ramp;
    }

    @ArgGroup(exclusive = true)
    Load load;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Args.DurationConverter.class,
            description = "Measured time per client count (default: 10s).")
    Duration duration = Duration.ofSeconds(10);

    @Option(names = "--warmup", paramLabel = "DURATION", converter = Args.DurationConverter.class,
            description = "Unmeasured load at the largest client count before the first measurement (default: 3s);"
                    + " each client count also settles for min(this, 3s) first.")
    Duration warmup = Duration.ofSeconds(3);

    @Option(names = "--command", paramLabel = "TEXT", description = "The command every client sends (default: add 1).")
    String command = "add 1";

    @Option(names = "--connections", paramLabel = "N",
            description = "Connections the clients share, pipelined (default: one per client).")
    Integer connections;

    @Option(names = "--fresh-cluster", description = "Run against a new local 3-node cluster (fsync on), stopped afterwards.")
    boolean freshCluster;

    @Option(names = "--failover", description = "Instead of load: SIGKILL the leader and time the first accepted write"
            + " (needs local daemons and timers on).")
    boolean failover;

    @Option(names = "--tries", paramLabel = "N", description = "Failover trials (default: 10).")
    int tries = 10;

    @Option(names = "--strict", description = "A leader change ends the level and the run exits 1, instead of the"
            + " clients following the new leader.")
    boolean strict;

    @Override
    protected void execute() throws Exception {
        List<Integer> levels = load == null ? List.of(1, 8, 32, 64)
                : load.clients != null ? List.of(load.clients) : load.ramp;
        new BenchRun(ctx(), out(), levels, duration, warmup, command, connections == null ? 0 : connections,
                freshCluster, failover, tries, strict).execute();
    }
}
