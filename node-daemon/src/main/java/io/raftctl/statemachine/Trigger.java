package io.raftctl.statemachine;

import java.util.Arrays;
import java.util.List;

/** A failure that can be armed at a node's state machine. */
public enum Trigger {
    /** Applying throws: the entry is not applied at this node and is retried later. */
    EXPLODE("explode", false),
    /** Applying reports a handled failure without throwing: same outcome as {@link #EXPLODE}. */
    ERROR("error", false),
    /** Every apply takes the given duration longer. */
    SLOW_APPLY("slow-apply", true);

    private final String label;
    private final boolean takesDuration;

    Trigger(String label, boolean takesDuration) {
        this.label = label;
        this.takesDuration = takesDuration;
    }

    public String label() {
        return label;
    }

    public boolean takesDuration() {
        return takesDuration;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Trigger::label).toList();
    }

    /** @throws IllegalArgumentException naming the valid triggers */
    public static Trigger parse(String label) {
        for (Trigger t : values()) if (t.label.equals(label)) return t;
        throw new IllegalArgumentException("unknown trigger '" + label + "' (expected one of " + String.join(", ", labels()) + ")");
    }
}
