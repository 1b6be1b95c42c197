package io.raftctl.sim;

/** One broken invariant, with what showed it: {@code leader completeness: leader n5 of term 4 lacks ...}. */
public record Violation(Invariant invariant, String detail) {

    @Override
    public String toString() {
        return invariant.label() + ": " + detail;
    }
}
