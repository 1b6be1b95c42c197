package io.raftctl.cli.client;

import io.raftctl.raft.TraceRow;

import java.util.List;

/**
 * One node's trace rows, and how many of its oldest rows it dropped because its trace buffer was full.
 */
public record NodeTrace(List<TraceRow> rows, long dropped) {

    public NodeTrace {
        rows = List.copyOf(rows);
    }
}
