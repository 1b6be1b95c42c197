package io.raftctl.raft;

/** A consistent snapshot of one engine's state, for status output and checks. */
public record NodeStatus(String id, Role role, boolean preVoteRound, long term, String votedFor, String leader,
                         long commitIndex, long appliedIndex, long lastIndex, long lastTerm, boolean timersOn,
                         String applyError) {
}
