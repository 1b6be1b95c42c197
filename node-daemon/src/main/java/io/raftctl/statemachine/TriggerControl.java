package io.raftctl.statemachine;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.Tracer;

/**
 * The operator's hand on a node's triggers: arms and clears them and records each change in the node's trace
 * as an opt-in event ({@code TRIGGER SET explode}, {@code TRIGGER SET slow-apply 200ms}, {@code TRIGGER CLEAR
 * explode}, {@code TRIGGER CLEAR} for all). Call it on the thread that owns the node's engine, so that the event
 * reports the engine's state and sits between the engine's own events where the change took effect.
 */
public final class TriggerControl {

    private final Triggers triggers;
    private final Tracer tracer;

    public TriggerControl(Triggers triggers, Tracer tracer) {
        this.triggers = triggers;
        this.tracer = tracer;
    }

    /** @throws IllegalArgumentException if the value does not fit the trigger (nothing is armed or recorded) */
    public void arm(Trigger trigger, String value) {
        triggers.arm(trigger, value);
        String armedValue = triggers.describe().get(trigger.label()); // as the node understood it: 200ms
        tracer.event(NodeEvent.triggerSet(trigger.label(), armedValue));
    }

    public void clear(Trigger trigger) {
        triggers.clear(trigger);
        tracer.event(NodeEvent.triggerCleared(trigger.label()));
    }

    public void clearAll() {
        triggers.clearAll();
        tracer.event(NodeEvent.triggerCleared(null));
    }
}
