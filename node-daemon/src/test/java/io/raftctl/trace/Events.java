package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvent.NodeRole;
import io.raftctl.raft.TracedMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds nodes' traces for tests. Each event gets its node's next seq, in the order added; a send is recorded
 * at its sender with the message's own clock, a receive at its addressee with the clock given.
 */
final class Events {

    private final Map<String, List<TraceEvent>> byNode = new LinkedHashMap<>();

    Events section(String node, long clock, NodeRole role, String title) {
        return add(TraceEvent.section(node, clock, nextSeq(node), role, title));
    }

    Events event(String node, long clock, NodeRole role, NodeEvent event) {
        return event(node, clock, role, event, Delta.delta());
    }

    Events event(String node, long clock, NodeRole role, NodeEvent event, Delta delta) {
        return add(TraceEvent.happened(node, clock, nextSeq(node), role, event, delta.build()));
    }

    Events send(NodeRole role, TracedMessage m) {
        return send(role, m, Delta.delta());
    }

    Events send(NodeRole role, TracedMessage m, Delta delta) {
        return add(TraceEvent.sent(m.from(), m.clock(), nextSeq(m.from()), role, m, delta.build()));
    }

    Events receive(long clock, NodeRole role, TracedMessage m) {
        return receive(clock, role, m, Delta.delta());
    }

    Events receive(long clock, NodeRole role, TracedMessage m, Delta delta) {
        return add(TraceEvent.received(m.to(), clock, nextSeq(m.to()), role, m, delta.build()));
    }

    Map<String, List<TraceEvent>> build() {
        return byNode;
    }

    /**
     * An event that carries free text, for tests that tell events apart or put odd text in a cell: a trigger
     * armed with that text as its value, {@code TRIGGER SET mark TEXT}.
     */
    static NodeEvent marked(String text) {
        return NodeEvent.triggerSet("mark", text);
    }

    /** The text of a {@link #marked} event. */
    static String mark(MergedRow m) {
        return m.event().event().value();
    }

    private long nextSeq(String node) {
        return byNode.getOrDefault(node, List.of()).size() + 1;
    }

    private Events add(TraceEvent e) {
        byNode.computeIfAbsent(e.node(), k -> new ArrayList<>()).add(e);
        return this;
    }
}
