package io.raftctl.raft;

/**
 * A consistent snapshot of one engine's state, for status output and checks.
 *
 * @param recovering why the node neither votes nor campaigns until it has caught up with a leader, or null
 */
public record NodeStatus(String id, Role role, boolean preVoteRound, long term, String votedFor, String leader,
                         long commitIndex, long appliedIndex, long lastIndex, long lastTerm, boolean timersOn,
                         String applyError, String recovering) {
}
