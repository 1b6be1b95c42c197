package io.raftctl.trace;

import io.raftctl.raft.StateDelta;

/** A {@link StateDelta} for tests, built in the notation's order: {@code delta().t(1).lt(1).li(1)}. */
final class Delta {

    private Long term;
    private Long lastTerm;
    private Long lastIndex;
    private Long commit;
    private Long applied;
    private StateDelta.Network network;

    static Delta delta() {
        return new Delta();
    }

    Delta t(long value) {
        term = value;
        return this;
    }

    Delta lt(long value) {
        lastTerm = value;
        return this;
    }

    Delta li(long value) {
        lastIndex = value;
        return this;
    }

    Delta ci(long value) {
        commit = value;
        return this;
    }

    Delta ai(long value) {
        applied = value;
        return this;
    }

    Delta n(StateDelta.Network value) {
        network = value;
        return this;
    }

    StateDelta build() {
        return new StateDelta(term, lastTerm, lastIndex, commit, applied, network);
    }
}
