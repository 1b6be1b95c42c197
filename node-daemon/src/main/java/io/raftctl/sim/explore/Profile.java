package io.raftctl.sim.explore;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How often an exploration picks each kind of line: a weight per {@link ActionKind} (0: never). Among the kinds
 * that can run in the current state (a delivery needs a message in flight, a restart a crashed node), one is drawn
 * with probability proportional to its weight.
 */
public record Profile(String name, Map<ActionKind, Integer> weights) {

    /** What {@code --profile} names; {@link #MIXED} takes calm, faulty or swarm by seed. */
    public enum Choice {
        CALM, FAULTY, SWARM, MIXED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static List<String> labels() {
            return java.util.Arrays.stream(values()).map(Choice::label).toList();
        }

        /** @throws IllegalArgumentException naming the profiles */
        public static Choice parse(String label) {
            for (Choice c : values()) if (c.label().equals(label)) return c;
            throw new IllegalArgumentException("unknown profile '" + label + "' (expected one of " + String.join(", ", labels()) + ")");
        }

        /** The profile of {@code seed}: mixed takes them in turn, seed mod 3 (0 faulty, 1 calm, 2 swarm). */
        public Profile forSeed(long seed, SplittableRandom rnd) {
            return switch (this) {
                case CALM -> calm();
                case FAULTY -> faulty();
                case SWARM -> swarm(rnd);
                case MIXED -> switch ((int) Math.floorMod(seed, 3L)) {
                    case 0 -> faulty();
                    case 1 -> calm();
                    default -> swarm(rnd);
                };
            };
        }
    }

    public Profile {
        weights = Map.copyOf(weights);
    }

    public int weight(ActionKind kind) {
        return weights.getOrDefault(kind, 0);
    }

    /** The mix the randomized simulation always had: mostly deliveries and time, with every fault now and then. */
    public static Profile faulty() {
        return new Profile("faulty", weights(
                ActionKind.DELIVER, 90, ActionKind.DROP, 8, ActionKind.DUPLICATE, 6, ActionKind.TICK, 40,
                ActionKind.PROPOSE, 24, ActionKind.CRASH, 4, ActionKind.RESTART, 8, ActionKind.SPLIT, 6,
                ActionKind.ISOLATE, 2, ActionKind.HEAL, 6, ActionKind.ELECT, 2, ActionKind.HEARTBEAT, 4,
                ActionKind.TIMERS, 1, ActionKind.TRIGGER_SET, 1, ActionKind.TRIGGER_CLEAR, 2, ActionKind.DISK, 1));
    }

    /** Many writes and few faults, so that logs grow long: replication, pipelining and catch-up. */
    public static Profile calm() {
        return new Profile("calm", weights(
                ActionKind.DELIVER, 100, ActionKind.TICK, 25, ActionKind.PROPOSE, 60, ActionKind.HEARTBEAT, 4,
                ActionKind.STABILIZE, 3, ActionKind.DROP, 1, ActionKind.DUPLICATE, 1, ActionKind.CRASH, 1,
                ActionKind.RESTART, 3, ActionKind.SPLIT, 1, ActionKind.HEAL, 2, ActionKind.ELECT, 1, ActionKind.DISK, 1));
    }

    /**
     * Swarm testing (Groce et al.; TigerBeetle's VOPR): each seed draws its own weights and leaves about half of the
     * kinds out entirely, so that some runs never crash, others never drop, others only partition. Deliveries stay
     * in, or little would happen at all.
     */
    public static Profile swarm(SplittableRandom rnd) {
        Map<ActionKind, Integer> w = new EnumMap<>(ActionKind.class);
        for (ActionKind k : faulty().weights.keySet().stream().sorted().toList()) {
            if (k == ActionKind.DELIVER) w.put(k, 20 + rnd.nextInt(100));
            else if (rnd.nextBoolean()) w.put(k, 1 + rnd.nextInt(40));
        }
        if (rnd.nextBoolean()) w.put(ActionKind.STABILIZE, 1 + rnd.nextInt(5));
        return new Profile("swarm", w);
    }

    private static Map<ActionKind, Integer> weights(Object... kindsAndWeights) {
        Map<ActionKind, Integer> w = new EnumMap<>(ActionKind.class);
        for (int i = 0; i < kindsAndWeights.length; i += 2) w.put((ActionKind) kindsAndWeights[i], (Integer) kindsAndWeights[i + 1]);
        return w;
    }
}
