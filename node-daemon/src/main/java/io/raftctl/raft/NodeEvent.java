package io.raftctl.raft;

import java.util.Objects;

/**
 * Something that happened at a node other than a message: a role change, a client command starting or ending,
 * a crash, a network change, and the opt-in events (a failed apply, a trigger armed or cleared, a recovering node
 * that caught up).
 *
 * @param type    what happened
 * @param index   the entry whose apply failed ({@link Type#APPLY_FAILED}), else 0
 * @param cause   how that apply failed ({@link Type#APPLY_FAILED}), else null
 * @param trigger the trigger armed or cleared ({@link Type#TRIGGER_SET}, {@link Type#TRIGGER_CLEAR}; null when
 *                every trigger was cleared), else null
 * @param value   the armed trigger's value as the node understood it ({@code 200ms}), or null
 */
public record NodeEvent(Type type, long index, Cause cause, String trigger, String value) {

    public enum Type {
        NEW_ROLE, CMD_START, CMD_DONE, CRASH, RESTART, NETSPLIT, NETJOIN,
        APPLY_FAILED(true), TRIGGER_SET(true), TRIGGER_CLEAR(true),
        /** A recovering node caught up with a leader: it votes and campaigns again. */
        RECOVERED(true);

        private final boolean optIn;

        Type() {
            this(false);
        }

        Type(boolean optIn) {
            this.optIn = optIn;
        }

        /** Recorded always, shown only with {@link TraceEvents#ALL}; it does not advance the Lamport clock. */
        public boolean optIn() {
            return optIn;
        }
    }

    /** How an apply failed: the state machine threw, or it reported the failure. */
    public enum Cause { THREW, REPORTED }

    public static final NodeEvent NEW_ROLE = of(Type.NEW_ROLE);
    public static final NodeEvent CMD_START = of(Type.CMD_START);
    public static final NodeEvent CMD_DONE = of(Type.CMD_DONE);
    public static final NodeEvent CRASH = of(Type.CRASH);
    public static final NodeEvent RESTART = of(Type.RESTART);
    public static final NodeEvent NETSPLIT = of(Type.NETSPLIT);
    public static final NodeEvent NETJOIN = of(Type.NETJOIN);
    public static final NodeEvent RECOVERED = of(Type.RECOVERED);

    public NodeEvent {
        Objects.requireNonNull(type, "type");
        if ((type == Type.APPLY_FAILED) != (cause != null)) {
            throw new IllegalArgumentException("a cause belongs to APPLY_FAILED only, and it needs one: " + type);
        }
        if (type != Type.APPLY_FAILED && index != 0) throw new IllegalArgumentException("an index belongs to APPLY_FAILED only");
        if (trigger != null && type != Type.TRIGGER_SET && type != Type.TRIGGER_CLEAR) {
            throw new IllegalArgumentException("a trigger belongs to TRIGGER_SET and TRIGGER_CLEAR only");
        }
        if (type == Type.TRIGGER_SET && trigger == null) throw new IllegalArgumentException("TRIGGER_SET names its trigger");
        if (value != null && type != Type.TRIGGER_SET) throw new IllegalArgumentException("a value belongs to TRIGGER_SET only");
    }

    /** An event without details. */
    public static NodeEvent of(Type type) {
        return new NodeEvent(type, 0, null, null, null);
    }

    public static NodeEvent applyFailed(long index, Cause cause) {
        return new NodeEvent(Type.APPLY_FAILED, index, cause, null, null);
    }

    /** @param value null for a trigger without one */
    public static NodeEvent triggerSet(String trigger, String value) {
        return new NodeEvent(Type.TRIGGER_SET, 0, null, trigger, value);
    }

    /** @param trigger null when every trigger was cleared */
    public static NodeEvent triggerCleared(String trigger) {
        return new NodeEvent(Type.TRIGGER_CLEAR, 0, null, trigger, null);
    }
}
