package io.raftctl.cli.chaos;

import io.raftctl.check.History;
import io.raftctl.check.HistoryEvent.Function;
import io.raftctl.check.HistoryEvent.Type;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One client of a chaos run: issues one command at a time until told to stop, to whichever node it believes
 * leads. kv clients set and get random keys (every value written is unique) and record a history for the
 * linearizability check; counter clients send {@code add 1}. A command is never retried: a retry of a write
 * whose fate is unknown could apply it twice.
 */
final class Client implements Runnable {

    static final Duration COMMAND_TIMEOUT = Duration.ofMillis(1500);
    private static final long PAUSE_NANOS = 20_000_000L;

    private final int process;
    private final ChaosCluster cluster;
    private final List<String> keys;
    private final History history; // null for a counter client
    private final WriteLedger ledger;
    private final SplittableRandom random;
    private final BooleanSupplier running;
    private String target;
    private long sequence;

    Client(int process, ChaosCluster cluster, List<String> keys, History history, WriteLedger ledger,
           SplittableRandom random, BooleanSupplier running) {
        this.process = process;
        this.cluster = cluster;
        this.keys = keys;
        this.history = history;
        this.ledger = ledger;
        this.random = random;
        this.running = running;
        this.target = cluster.ids().get(random.nextInt(cluster.ids().size()));
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            CommandOutcome outcome = history == null ? addOne() : kvOperation();
            steer(outcome);
            // A short random pause: the run shares the machine with the daemons it tests.
            LockSupport.parkNanos(random.nextLong(PAUSE_NANOS * 2));
        }
    }

    private CommandOutcome addOne() {
        CommandOutcome outcome = cluster.node(target).command("add 1", COMMAND_TIMEOUT);
        ledger.record("add 1", false, outcome);
        return outcome;
    }

    private CommandOutcome kvOperation() {
        String key = keys.get(random.nextInt(keys.size()));
        if (random.nextInt(10) < 6) {
            String value = process + "-" + (++sequence);
            String text = "set " + key + " " + value;
            history.record(process, Type.INVOKE, Function.WRITE, key, value);
            CommandOutcome outcome = cluster.node(target).command(text, COMMAND_TIMEOUT);
            history.record(process, type(outcome), Function.WRITE, key, value);
            ledger.record(text, true, outcome);
            return outcome;
        }
        history.record(process, Type.INVOKE, Function.READ, key, null);
        CommandOutcome outcome = cluster.node(target).command("get " + key, COMMAND_TIMEOUT);
        String read = outcome.kind() == CommandOutcome.Kind.OK ? valueRead(outcome.value()) : null;
        history.record(process, type(outcome), Function.READ, key, read);
        return outcome;
    }

    /** The value a read returned: null for a missing key (the node answers no value, never a marker string). */
    static String valueRead(String answer) {
        return answer;
    }

    static Type type(CommandOutcome outcome) {
        return switch (outcome.kind()) {
            case OK -> Type.OK;
            case FAIL -> Type.FAIL;
            case INFO -> Type.INFO;
        };
    }

    /** Follows a leader hint; after any other failure, tries another node. */
    private void steer(CommandOutcome outcome) {
        if (outcome.kind() == CommandOutcome.Kind.OK) return;
        if (outcome.leader() != null && cluster.ids().contains(outcome.leader())) {
            target = outcome.leader();
            return;
        }
        target = cluster.ids().get(random.nextInt(cluster.ids().size()));
        // No leader known: give the cluster a moment instead of spinning.
        LockSupport.parkNanos(50_000_000L);
    }
}
