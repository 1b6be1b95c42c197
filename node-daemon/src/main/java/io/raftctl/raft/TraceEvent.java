package io.raftctl.raft;

import java.util.Objects;

/**
 * One entry of a node's trace, as data: a message sent or received, an event, or a section marker. How it reads
 * in the seed's notation is the trace package's business, not the engine's.
 *
 * @param node    the id of the node that recorded it
 * @param clock   the node's Lamport clock: events of different nodes sorted by it are in a causal order
 * @param seq     position in this node's trace (tie-breaker within a node)
 * @param kind    what it records
 * @param role    the node's role after the event
 * @param message the message sent or received ({@link Kind#SEND}, {@link Kind#RECEIVE}), else null
 * @param event   what happened ({@link Kind#EVENT}), else null
 * @param title   the section's title ({@link Kind#SECTION}), else null
 * @param delta   what changed at the node since its previous event in this view; {@link StateDelta#NONE} for a
 *                section marker, which is not an event at the node
 */
public record TraceEvent(String node, long clock, long seq, Kind kind, NodeRole role, TracedMessage message,
                         NodeEvent event, String title, StateDelta delta) {

    public enum Kind { SEND, RECEIVE, EVENT, SECTION }

    /** A node's role as a trace shows it: a crashed node has none of the engine's roles. */
    public enum NodeRole {
        FOLLOWER, CANDIDATE, LEADER, CRASHED;

        public static NodeRole of(Role role) {
            return switch (role) {
                case FOLLOWER -> FOLLOWER;
                case CANDIDATE -> CANDIDATE;
                case LEADER -> LEADER;
            };
        }
    }

    public TraceEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(delta, "delta");
        boolean isMessage = kind == Kind.SEND || kind == Kind.RECEIVE;
        if (isMessage != (message != null) || (kind == Kind.EVENT) != (event != null)
                || (kind == Kind.SECTION) != (title != null)) {
            throw new IllegalArgumentException("a trace event of kind " + kind + " carries " + part(kind) + " and nothing else");
        }
    }

    private static String part(Kind kind) {
        return switch (kind) {
            case SEND, RECEIVE -> "a message";
            case EVENT -> "an event";
            case SECTION -> "a title";
        };
    }

    public static TraceEvent sent(String node, long clock, long seq, NodeRole role, TracedMessage message, StateDelta delta) {
        return new TraceEvent(node, clock, seq, Kind.SEND, role, message, null, null, delta);
    }

    public static TraceEvent received(String node, long clock, long seq, NodeRole role, TracedMessage message,
                                      StateDelta delta) {
        return new TraceEvent(node, clock, seq, Kind.RECEIVE, role, message, null, null, delta);
    }

    public static TraceEvent happened(String node, long clock, long seq, NodeRole role, NodeEvent event, StateDelta delta) {
        return new TraceEvent(node, clock, seq, Kind.EVENT, role, null, event, null, delta);
    }

    public static TraceEvent section(String node, long clock, long seq, NodeRole role, String title) {
        return new TraceEvent(node, clock, seq, Kind.SECTION, role, null, null, title, StateDelta.NONE);
    }

    public boolean isSection() {
        return kind == Kind.SECTION;
    }

    public boolean isMessage() {
        return message != null;
    }
}
