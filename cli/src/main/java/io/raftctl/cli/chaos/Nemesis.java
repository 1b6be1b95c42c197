package io.raftctl.cli.chaos;

import io.raftctl.admin.AdminApi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Injects faults into one cluster, one at a time: a pause, a fault on a random node (the leader half of the
 * time), a while with the fault in place, then its undoing. The kinds come in shuffled rounds, so that every
 * chosen kind occurs in a run of a few rounds. Choices come from the seed; their timing is real.
 */
final class Nemesis implements Runnable {

    private final ChaosCluster cluster;
    private final List<FaultKind> kinds;
    private final Random random;
    private final BooleanSupplier running;
    private final Timeline timeline;
    private final Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
    private final List<FaultKind> round = new ArrayList<>();
    private volatile RuntimeException failure;

    Nemesis(ChaosCluster cluster, Set<FaultKind> kinds, long seed, BooleanSupplier running, Timeline timeline) {
        this.cluster = cluster;
        this.kinds = List.copyOf(kinds);
        this.random = new Random(seed);
        this.running = running;
        this.timeline = timeline;
    }

    synchronized Map<FaultKind, Integer> counts() {
        return new EnumMap<>(counts);
    }

    /** Why the nemesis stopped early (a node that would not restart), or null. */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public void run() {
        try {
            while (pause(500 + random.nextInt(1500))) {
                if (round.isEmpty()) {
                    round.addAll(kinds);
                    Collections.shuffle(round, random);
                }
                FaultKind kind = round.remove(0);
                String target = target();
                inject(kind, target, 1000 + random.nextInt(3000));
                synchronized (this) {
                    counts.merge(kind, 1, Integer::sum);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            timeline.note(cluster.name(), "nemesis stopped: " + e.getMessage());
        }
    }

    /** The leader half of the time, else any node. */
    private String target() {
        List<String> ids = cluster.ids();
        String any = ids.get(random.nextInt(ids.size()));
        if (random.nextBoolean()) {
            String leader = cluster.leader();
            if (leader != null) return leader;
        }
        return any;
    }

    private void inject(FaultKind kind, String target, long holdMs) {
        NodeApi node = cluster.node(target);
        switch (kind) {
            case KILL -> {
                timeline.note(cluster.name(), "kill -9 " + target + " for " + holdMs + "ms");
                cluster.kill(target);
                sleep(holdMs);
                cluster.start(target);
                timeline.note(cluster.name(), "restarted " + target);
            }
            case CRASH -> {
                timeline.note(cluster.name(), "crash " + target + " for " + holdMs + "ms");
                node.action(AdminApi.CRASH, null);
                sleep(holdMs);
                node.action(AdminApi.RESTART, null);
                timeline.note(cluster.name(), "restart " + target);
            }
            case ISOLATE -> {
                timeline.note(cluster.name(), "isolate " + target + " for " + holdMs + "ms");
                cluster.broadcast(AdminApi.NET_ISOLATE, Map.of("node", target));
                sleep(holdMs);
                cluster.broadcast(AdminApi.NET_RECONNECT, Map.of("node", target));
                timeline.note(cluster.name(), "reconnect " + target);
            }
            case SPLIT -> {
                List<List<String>> groups = split(target);
                timeline.note(cluster.name(), "split " + groups + " for " + holdMs + "ms");
                cluster.broadcast(AdminApi.NET_SPLIT, Map.of("groups", groups));
                sleep(holdMs);
                cluster.broadcast(AdminApi.NET_HEAL, null);
                timeline.note(cluster.name(), "heal");
            }
            case HOLD -> {
                timeline.note(cluster.name(), "hold the messages of " + target + " for " + holdMs + "ms");
                node.action(AdminApi.NET_HOLD, null);
                // Let a few messages through now and then: they arrive late and out of step with the rest.
                long slice = holdMs / 3;
                for (int i = 0; i < 3; i++) {
                    sleep(slice);
                    if (random.nextBoolean()) node.action(AdminApi.NET_DELIVER, Map.of("count", 1 + random.nextInt(4)));
                }
                node.action(AdminApi.NET_RELEASE, null);
                timeline.note(cluster.name(), "release the messages of " + target);
            }
        }
    }

    /** A minority group holding {@code target}, and the rest. */
    private List<List<String>> split(String target) {
        List<String> others = new ArrayList<>(cluster.ids());
        others.remove(target);
        Collections.shuffle(others, random);
        int minority = 1 + random.nextInt(Math.max(1, (cluster.ids().size() - 1) / 2));
        List<String> small = new ArrayList<>(List.of(target));
        small.addAll(others.subList(0, minority - 1));
        List<String> large = new ArrayList<>(others.subList(minority - 1, others.size()));
        Collections.sort(small);
        Collections.sort(large);
        return List.of(small, large);
    }

    /** Pauses; false if the run ended meanwhile (checked before a new fault, never in the middle of one). */
    private boolean pause(long ms) {
        long deadline = System.nanoTime() + ms * 1_000_000L;
        while (System.nanoTime() < deadline) {
            if (!running.getAsBoolean()) return false;
            LockSupport.parkNanos(Math.min(50_000_000L, deadline - System.nanoTime()));
        }
        return running.getAsBoolean();
    }

    private static void sleep(long ms) {
        long deadline = System.nanoTime() + ms * 1_000_000L;
        long left;
        while ((left = deadline - System.nanoTime()) > 0) LockSupport.parkNanos(left);
    }
}
