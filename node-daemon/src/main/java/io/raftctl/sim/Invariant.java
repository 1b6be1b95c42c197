package io.raftctl.sim;

/**
 * What a simulated run can find wrong, each with the name a report gives it. The first eight are Raft's safety
 * properties, checked by {@link SafetyChecker} after every step; the last two are found by a run itself.
 */
public enum Invariant {
    ELECTION_SAFETY("election safety"),
    LOG_MATCHING("log matching"),
    COMMIT_SAFETY("commit safety"),
    LEADER_COMPLETENESS("leader completeness"),
    STATE_MACHINE_SAFETY("state machine safety"),
    APPLIED_WITHIN_COMMIT("applied <= commit"),
    NO_ACKNOWLEDGED_WRITE_LOST("no acknowledged write lost"),
    /** A node granted its vote to two candidates in one term (it lost a vote it had sent). */
    ONE_VOTE_PER_TERM("one vote per term"),
    /** After every fault was healed, the cluster did not come to one leader whose log every node has applied. */
    CONVERGENCE("convergence"),
    /** The engine threw. */
    ENGINE_EXCEPTION("engine exception");

    private final String label;

    Invariant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
