package io.raftctl.statemachine;

import io.raftctl.raft.ApplyResult;

import java.time.Duration;

/** Wraps a built-in state machine so that armed {@link Triggers} make its applies fail or slow down. */
public final class TriggeredStateMachine implements BuiltinStateMachine {

    /** How a slow apply waits; a simulation passes one that does not block. */
    public interface Sleeper {
        void sleep(Duration d);

        Sleeper REAL = d -> {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** What an armed {@code explode} trigger throws. */
    public static final class ExplodeException extends RuntimeException {
        public ExplodeException(String message) {
            super(message);
        }
    }

    private final BuiltinStateMachine inner;
    private final Triggers triggers;
    private final Sleeper sleeper;
    private final String nodeId;

    public TriggeredStateMachine(BuiltinStateMachine inner, Triggers triggers, Sleeper sleeper, String nodeId) {
        this.inner = inner;
        this.triggers = triggers;
        this.sleeper = sleeper;
        this.nodeId = nodeId;
    }

    @Override
    public String kind() {
        return inner.kind();
    }

    @Override
    public String validate(String command) {
        return inner.validate(command);
    }

    @Override
    public ApplyResult apply(long index, String command) {
        if (triggers.isArmed(Trigger.SLOW_APPLY)) sleeper.sleep(triggers.duration(Trigger.SLOW_APPLY));
        if (triggers.isArmed(Trigger.EXPLODE)) {
            throw new ExplodeException("explode trigger armed at " + nodeId + " (entry " + index + ")");
        }
        if (triggers.isArmed(Trigger.ERROR)) {
            return ApplyResult.failed("error trigger armed at " + nodeId + " (entry " + index + ")");
        }
        return inner.apply(index, command);
    }

    @Override
    public StateView view() {
        return inner.view();
    }
}
