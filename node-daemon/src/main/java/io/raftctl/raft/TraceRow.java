package io.raftctl.raft;

/**
 * One row of a node's trace: a message sent or received, an event, or a section marker.
 *
 * @param node  node id ({@code n1})
 * @param clock Lamport clock: rows of different nodes sorted by it are in a causal order
 * @param seq   position in this node's trace (tie-breaker within a node)
 * @param kind  what the row records
 * @param role  the node's role after the row's event ({@code FLWR}, {@code CNDI}, {@code LEAD}, {@code CRSH})
 * @param op    the Op cell in trace notation ({@code ae+N-2 t-1 i-0 lt-0 e-1 c-0}, {@code NEW ROLE}); for a
 *              section marker, the section title
 * @param delta what changed at the node since its previous row ({@code t-1 lt-1 li-1 ci-1 n-2}), may be empty
 */
public record TraceRow(String node, long clock, long seq, Kind kind, String role, String op, String delta) {

    public enum Kind { SEND, RECEIVE, EVENT, SECTION }

    public boolean isSection() {
        return kind == Kind.SECTION;
    }
}
