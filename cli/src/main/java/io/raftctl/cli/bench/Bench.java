package io.raftctl.cli.bench;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Progress;
import io.raftctl.cli.client.AdminCallException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.ClientPortClient;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the measured levels of {@code raftctl bench} against the leader, and checks after each one that the
 * counter at every node accounts for the acknowledged writes (and at most those of unknown outcome besides).
 */
final class Bench {

    /** How long followers get to apply what the leader committed before the counters are compared. */
    static final Duration CONVERGE_TIMEOUT = Duration.ofSeconds(15);
    /** Unmeasured load before each level after the first, so that its window starts in a steady state. */
    static final Duration LEVEL_SETTLE = Duration.ofSeconds(3);

    private final ClusterView cluster;
    private final ClusterClient clients;
    private final Output out;
    private final String command;
    private final Long increment;

    Bench(ClusterView cluster, ClusterClient clients, Output out, String command) {
        this.cluster = cluster;
        this.clients = clients;
        this.out = out;
        this.command = command;
        this.increment = IntegrityCheck.increment(command);
    }

    /** Every node's view of fsync: false if any node runs without it. */
    boolean fsync() {
        List<NodeReply<AdminDtos.Status>> all = clients.statusAll();
        clients.requireSomeReachable(all);
        return all.stream().filter(NodeReply::reachable).allMatch(r -> r.value().fsync());
    }

    /** The leader, which must have a client port. */
    ClusterNode leader() {
        ClusterNode leader = clients.leader();
        if (leader.client() == null) {
            throw CliException.usage("bench sends commands to the leader's client port, but " + leader.id() + " has none in "
                    + cluster.file() + " (add 'client: host:port' to every node, or let 'raftctl up --fresh' rewrite a generated file)");
        }
        return leader;
    }

    /**
     * Warms up for {@code warmup} at the largest client count (unmeasured), then measures each client count in
     * turn, each after a short unmeasured settle at its own count. The clients follow the leader when it changes;
     * with {@code strict}, a leader change ends the run instead (the warm-up fails, a level is the last one).
     */
    List<LevelResult> run(List<Integer> levels, int connectionsPerLevel, Duration warmup, Duration duration,
                          boolean fsync, boolean strict) throws IOException {
        ClusterNode leader = leader();
        // Fails early, with the contract's message, on a wrong token or an unreachable port.
        new ClientPortClient(leader, cluster.tokenFile(leader.id())).connect().close();
        Long before = counterAt(leader);
        CounterLedger ledger = before == null ? null : new CounterLedger(before, increment);
        ClientPorts ports = new ClientPorts(cluster, clients);
        if (!warmup.isZero()) {
            int c = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
            LoadDriver.Outcome w;
            try (Progress p = out.progress("bench: warm-up, " + c + " clients", 0)) {
                w = driver(ports, leader, c, connectionsPerLevel, strict).run(Duration.ZERO, warmup, meter(p));
            }
            if (ledger != null) ledger.add(w.acknowledged(), w.unknown());
            if (strict && w.leaderMovedTo() != null) {
                throw CliException.failed("leadership moved from " + leader.id() + " to " + w.leaderMovedTo()
                        + " during the warm-up; rerun once the cluster is stable");
            }
            leader = w.leader();
        }
        List<LevelResult> results = new ArrayList<>();
        for (int c : levels) {
            LoadDriver.Outcome o;
            try (Progress p = out.progress("bench: " + c + " client" + (c == 1 ? "" : "s"), 0)) {
                o = driver(ports, leader, c, connectionsPerLevel, strict).run(min(warmup, LEVEL_SETTLE), duration, meter(p));
            }
            if (ledger != null) ledger.add(o.acknowledged(), o.unknown());
            results.add(check(LevelResult.of(c, Math.min(connections(c, connectionsPerLevel), c), o, fsync, leader.id()),
                    ledger));
            if (strict && o.leaderMovedTo() != null) break; // the next levels would all fail the same way
            leader = o.leader();
        }
        return results;
    }

    private LoadDriver driver(ClientPorts ports, ClusterNode leader, int clients, int connectionsPerLevel,
                              boolean strict) {
        return new LoadDriver(ports, leader, command, clients, connections(clients, connectionsPerLevel), strict);
    }

    private static int connections(int clients, int perLevel) {
        return perLevel <= 0 ? clients : perLevel;
    }

    /** Adds the counter check to a level's result (when the command is {@code add N}). */
    LevelResult check(LevelResult r, CounterLedger ledger) {
        if (ledger == null) return r.withIntegrity(null, "not checked: the command is not 'add N' on a counter");
        IntegrityCheck.Verdict v = verdict(ledger);
        return r.withIntegrity(v.ok(), v.text());
    }

    /** Polls every node's counter until all are within the ledger's range or time runs out; the last verdict. */
    IntegrityCheck.Verdict verdict(CounterLedger ledger) {
        long deadline = System.nanoTime() + CONVERGE_TIMEOUT.toNanos();
        while (true) {
            IntegrityCheck.Verdict v = ledger.check(counters());
            if (v.ok() || System.nanoTime() - deadline > 0) return v;
            LockSupport.parkNanos(50_000_000); // polling interval while followers apply
        }
    }

    /** Every node's counter; null for a node that did not answer or is in a simulated crash. */
    Map<String, Long> counters() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (NodeReply<Long> r : clients.onEach(cluster.nodes(), Bench::counterUnlessCrashed)) {
            values.put(r.id(), r.reachable() ? r.value() : null);
        }
        return values;
    }

    /** A crashed node has no counter until it restarts; the check waits for it like for one that is down. */
    private static Long counterUnlessCrashed(NodeAdmin node) {
        try {
            return node.state().total();
        } catch (AdminCallException e) {
            if (AdminApi.E_CRASHED.equals(e.code())) return null;
            throw e;
        }
    }

    /** The counter at {@code node}, or null if the node does not run a counter. */
    Long counterAt(ClusterNode node) {
        if (increment == null) return null;
        AdminDtos.State s = clients.node(node.id()).state();
        return "counter".equals(s.kind()) ? s.total() : null;
    }

    Long increment() {
        return increment;
    }

    /** A progress callback that shows the rate of the last second. */
    private static java.util.function.LongConsumer meter(Progress p) {
        long[] last = {0, System.nanoTime()};
        return answers -> {
            long now = System.nanoTime();
            double rate = (answers - last[0]) / Math.max((now - last[1]) / 1e9, 1e-3);
            p.advance(answers - last[0]); // the live line counts answers
            last[0] = answers;
            last[1] = now;
            p.detail(String.format(Locale.ROOT, "%,.0f ops/s", rate));
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
