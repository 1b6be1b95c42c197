package io.raftctl.trace;

import io.raftctl.raft.TraceRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds nodes' traces for tests; seq numbers follow the order rows are added per node. */
final class Rows {

    private final Map<String, List<TraceRow>> byNode = new LinkedHashMap<>();

    Rows send(String node, long clock, String role, String op) {
        return add(node, clock, TraceRow.Kind.SEND, role, op, "");
    }

    Rows receive(String node, long clock, String role, String op, String delta) {
        return add(node, clock, TraceRow.Kind.RECEIVE, role, op, delta);
    }

    Rows event(String node, long clock, String role, String op) {
        return add(node, clock, TraceRow.Kind.EVENT, role, op, "");
    }

    Rows section(String node, long clock, String role, String title) {
        return add(node, clock, TraceRow.Kind.SECTION, role, title, "");
    }

    Rows add(String node, long clock, TraceRow.Kind kind, String role, String op, String delta) {
        List<TraceRow> rows = byNode.computeIfAbsent(node, k -> new ArrayList<>());
        rows.add(new TraceRow(node, clock, rows.size() + 1, kind, role, op, delta));
        return this;
    }

    Map<String, List<TraceRow>> build() {
        return byNode;
    }
}
