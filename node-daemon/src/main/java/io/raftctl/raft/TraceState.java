package io.raftctl.raft;

import java.util.StringJoiner;

/** The fields of a node that trace deltas report, as of one row. */
public record TraceState(String role, long term, long lastTerm, long lastIndex, long commit, int net) {

    /** Network state codes used in deltas: {@code n-1} joined the majority, {@code n-2} cut off from it. */
    public static final int NET_JOINED = 1;
    public static final int NET_CUT_OFF = 2;

    public static final TraceState INITIAL = new TraceState(Role.FOLLOWER.traceCode(), 0, 0, 0, 0, NET_JOINED);

    /** The delta from {@code before} to this state, in the order term, last term, last index, commit, net. */
    public String deltaSince(TraceState before) {
        StringJoiner j = new StringJoiner(" ");
        if (term != before.term) j.add("t-" + term);
        if (lastTerm != before.lastTerm) j.add("lt-" + lastTerm);
        if (lastIndex != before.lastIndex) j.add("li-" + lastIndex);
        if (commit != before.commit) j.add("ci-" + commit);
        if (net != before.net) j.add("n-" + net);
        return j.toString();
    }

    public TraceState withRole(String r) {
        return new TraceState(r, term, lastTerm, lastIndex, commit, net);
    }

    public TraceState withNet(int n) {
        return new TraceState(role, term, lastTerm, lastIndex, commit, n);
    }
}
