package io.raftctl.statemachine;

import io.raftctl.util.Durations;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The triggers armed at one node. Outlives the state machine: a simulated crash keeps them. Thread-safe. */
public final class Triggers {

    private final Map<Trigger, Duration> armed = Collections.synchronizedMap(new EnumMap<>(Trigger.class));

    /**
     * Arms {@code trigger}; {@code value} is its duration for {@code slow-apply} and must be absent otherwise.
     *
     * @throws IllegalArgumentException if the value does not fit the trigger
     */
    public void arm(Trigger trigger, String value) {
        if (trigger.takesDuration()) {
            if (value == null) throw new IllegalArgumentException("trigger " + trigger.label() + " needs a duration, e.g. 200ms");
            armed.put(trigger, Durations.parse(value));
        } else {
            if (value != null) throw new IllegalArgumentException("trigger " + trigger.label() + " takes no value");
            armed.put(trigger, Duration.ZERO);
        }
    }

    public void clear(Trigger trigger) {
        armed.remove(trigger);
    }

    public void clearAll() {
        armed.clear();
    }

    public boolean isArmed(Trigger trigger) {
        return armed.containsKey(trigger);
    }

    public Duration duration(Trigger trigger) {
        return armed.getOrDefault(trigger, Duration.ZERO);
    }

    /** Whether any trigger is armed. */
    public boolean anyArmed() {
        synchronized (armed) {
            return !armed.isEmpty();
        }
    }

    /** Armed triggers by label, with their value ({@code null} for triggers without one). */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        synchronized (armed) {
            armed.forEach((t, d) -> out.put(t.label(), t.takesDuration() ? Durations.format(d) : null));
        }
        return out;
    }
}
