package io.raftctl.cli.client;

import io.raftctl.raft.TraceEvent;

import java.util.List;

/**
 * One node's trace events, how many of its oldest events it dropped because its trace buffer was full, and,
 * when its trace could not be used (a raftd of another version), why: then {@code events} is empty.
 */
public record NodeTrace(List<TraceEvent> events, long dropped, String leftOut) {

    public NodeTrace {
        events = List.copyOf(events);
    }

    public NodeTrace(List<TraceEvent> events, long dropped) {
        this(events, dropped, null);
    }
}
