package io.raftctl.cli.chaos;

import io.raftctl.check.History;
import io.raftctl.check.HistoryEvent.Function;
import io.raftctl.check.HistoryEvent.Type;
import io.raftctl.check.LinearizabilityChecker;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A chaos run: clusters of real raftd processes with timers on, clients writing to them all the time, a nemesis
 * per cluster; then every fault healed, convergence awaited, and the checks: same logs, same states, every write
 * accounted for, a linearizable kv history. Only the daemons it started are ever stopped, even on failure.
 */
public final class ChaosRun {

    static final Duration CONVERGENCE_TIMEOUT = Duration.ofSeconds(60);
    private static final int FINAL_READ_PROCESS = 0;
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

    private final ChaosOptions options;
    private final Path raftdJar;
    private final Listener progress;
    private final List<ChaosCluster> clusters = new ArrayList<>();
    private final Map<ChaosCluster, WriteLedger> ledgers = new LinkedHashMap<>();
    private final History history = new History();
    private final Timeline timeline = new Timeline();
    private final AtomicBoolean running = new AtomicBoolean(true);

    /** Ctrl-C during the faults: the run stops there, unchecked, and says what it had done. */
    public static final class Interrupted extends RuntimeException {
        private final long seconds;
        private final String figures;

        Interrupted(long seconds, String figures) {
            super("interrupted after " + seconds + "s of faults");
            this.seconds = seconds;
            this.figures = figures;
        }

        public long seconds() {
            return seconds;
        }

        /** Writes and faults so far, as the progress notes say them. */
        public String figures() {
            return figures;
        }
    }

    /** What the run tells its caller as it goes; called from the thread that called {@link #run()} only. */
    public interface Listener {
        /** A line worth keeping on screen. */
        void note(String line);

        /** Seconds of faults done so far, and the figures of the moment. */
        void elapsed(long seconds, String figures);
    }

    public ChaosRun(ChaosOptions options, Path raftdJar, Listener progress) {
        this.options = options;
        this.raftdJar = raftdJar;
        this.progress = progress;
    }

    public ChaosReport run() throws IOException {
        Path dir = options.dir().toAbsolutePath();
        if (Files.isDirectory(dir.resolve("kv")) || Files.isDirectory(dir.resolve("counter"))) {
            throw new ChaosException(dir + " holds an earlier chaos run; remove it or choose another --dir");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        Thread cleanup = new Thread(() -> clusters.forEach(c -> c.stopAll(true)), "chaos-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        long started = System.nanoTime();
        try {
            for (String machine : options.machines()) {
                clusters.add(ChaosCluster.create(dir.resolve(machine), "chaos-" + machine, machine, options.nodes(),
                        raftdJar, options.javaOptions(), http));
            }
            for (ChaosCluster c : clusters) {
                c.startAll();
                ledgers.put(c, new WriteLedger());
            }
            progress.note("started " + clusters.size() + " cluster(s) of " + options.nodes() + " nodes in " + dir);
            Map<FaultKind, Integer> faults = drive();
            progress.note("healing every fault and waiting for the clusters to converge");
            List<String> problems = new ArrayList<>();
            for (ChaosCluster c : clusters) {
                Convergence.healEverything(c);
                String difference = Convergence.await(c, CONVERGENCE_TIMEOUT);
                if (difference != null) {
                    problems.add(c.name() + " did not converge within " + CONVERGENCE_TIMEOUT.toSeconds() + "s: " + difference);
                    continue;
                }
                if (c.machine().equals("kv")) {
                    finalReads(c);
                    difference = Convergence.await(c, CONVERGENCE_TIMEOUT);
                    if (difference != null) problems.add(c.name() + " did not converge after the final reads: " + difference);
                }
            }
            List<ClusterResult> results = new ArrayList<>();
            for (ChaosCluster c : clusters) results.add(ClusterCheck.run(c, ledgers.get(c)));

            LinearizabilityChecker.Result linearizability = null;
            Path historyFile = null;
            List<Path> failureFiles = new ArrayList<>();
            if (options.machines().contains("kv")) {
                historyFile = dir.resolve("history-kv.jsonl");
                history.save(historyFile);
                List<io.raftctl.check.Operation> operations = history.operations();
                progress.note("checking the linearizability of " + operations.size() + " kv operations");
                linearizability = new LinearizabilityChecker().check(operations);
                for (LinearizabilityChecker.KeyResult k : linearizability.failures()) {
                    Path f = dir.resolve("not-linearizable-" + k.key() + ".jsonl");
                    History.saveOperations(k.history(), f);
                    failureFiles.add(f);
                }
            }
            ChaosReport report = new ChaosReport(options, dir, Duration.ofNanos(System.nanoTime() - started), faults,
                    results, linearizability, historyFile, failureFiles, problems);
            for (ChaosCluster c : clusters) c.stopAll(false);
            if (report.passed() && !options.keep()) deleteTree(dir);
            return report;
        } finally {
            running.set(false);
            for (ChaosCluster c : clusters) c.stopAll(true);
            saveTimeline(dir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: the daemons are being stopped anyway.
            }
        }
    }

    /** Runs the clients and the nemeses for the run's duration; returns the faults injected, by kind. */
    private Map<FaultKind, Integer> drive() {
        SplittableRandom seeds = new SplittableRandom(options.seed());
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= options.keys(); i++) keys.add("k" + i);
        List<Thread> clients = new ArrayList<>();
        List<Nemesis> nemeses = new ArrayList<>();
        List<Thread> nemesisThreads = new ArrayList<>();
        int process = FINAL_READ_PROCESS;
        for (ChaosCluster c : clusters) {
            boolean kv = c.machine().equals("kv");
            for (int i = 0; i < options.clients(); i++) {
                Client client = new Client(++process, c, keys, kv ? history : null, ledgers.get(c), seeds.split(), running::get);
                clients.add(new Thread(client, "chaos-client-" + process));
            }
            Nemesis nemesis = new Nemesis(c, options.faults(), seeds.nextLong(), running::get, timeline);
            nemeses.add(nemesis);
            nemesisThreads.add(new Thread(nemesis, "chaos-nemesis-" + c.name()));
        }
        clients.forEach(Thread::start);
        nemesisThreads.forEach(Thread::start);
        long end = System.nanoTime() + options.duration().toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY_NANOS;
        boolean interrupted = false;
        while (System.nanoTime() < end && nemeses.stream().allMatch(n -> n.failure() == null)) {
            if (Thread.interrupted()) {
                interrupted = true;
                break;
            }
            LockSupport.parkNanos(Math.min(200_000_000L, Math.max(1, end - System.nanoTime())));
            long seconds = (options.duration().toNanos() - Math.max(0, end - System.nanoTime())) / 1_000_000_000L;
            String figures = figures(nemeses);
            progress.elapsed(seconds, figures);
            if (System.nanoTime() >= nextProgress) {
                nextProgress += PROGRESS_EVERY_NANOS;
                progress.note(String.format("%4ds  %s", seconds, figures));
            }
        }
        running.set(false);
        joinAll(nemesisThreads);
        joinAll(clients);
        if (interrupted) {
            long seconds = (options.duration().toNanos() - Math.max(0, end - System.nanoTime())) / 1_000_000_000L;
            throw new Interrupted(seconds, figures(nemeses));
        }
        for (Nemesis n : nemeses) {
            if (n.failure() != null) throw new ChaosException("the nemesis failed: " + n.failure().getMessage());
        }
        Map<FaultKind, Integer> total = new EnumMap<>(FaultKind.class);
        for (FaultKind k : options.faults()) total.put(k, 0);
        for (Nemesis n : nemeses) n.counts().forEach((k, v) -> total.merge(k, v, Integer::sum));
        return total;
    }

    private String figures(List<Nemesis> nemeses) {
        long ok = 0, info = 0, fail = 0;
        for (WriteLedger l : ledgers.values()) {
            ok += l.acknowledged();
            info += l.indeterminate();
            fail += l.failed();
        }
        int faults = nemeses.stream().mapToInt(n -> n.counts().values().stream().mapToInt(Integer::intValue).sum()).sum();
        return String.format("writes: %d acknowledged, %d failed, %d indeterminate; faults: %d", ok, fail, info, faults);
    }

    /** A read of every key through the leader once all is healed: the last word on what each key holds. */
    private void finalReads(ChaosCluster c) {
        for (int i = 1; i <= options.keys(); i++) {
            String key = "k" + i;
            for (int attempt = 0; attempt < 10; attempt++) {
                String leader = c.leader();
                if (leader == null) {
                    LockSupport.parkNanos(200_000_000L);
                    continue;
                }
                history.record(FINAL_READ_PROCESS, Type.INVOKE, Function.READ, key, null);
                CommandOutcome outcome = c.node(leader).command("get " + key, Duration.ofSeconds(5));
                String read = outcome.kind() == CommandOutcome.Kind.OK ? Client.valueRead(outcome.value()) : null;
                history.record(FINAL_READ_PROCESS, Client.type(outcome), Function.READ, key, read);
                if (outcome.kind() == CommandOutcome.Kind.OK) break;
            }
        }
    }

    /** The nemesis log goes with a kept run, passed or failed; a failure to write it must not hide the run's own. */
    private void saveTimeline(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try {
            timeline.save(dir.resolve("nemesis.log"));
        } catch (IOException e) {
            progress.note("could not save the nemesis log: " + e.getMessage());
        }
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
