package io.raftctl.raft;

/**
 * The part of a node's state that must survive a crash besides the log: the current term and the
 * vote cast in it ({@code null} if none). It must be durable before any message that depends on it
 * leaves the node (a vote reply, a poll for a new term).
 */
public record HardState(long term, String votedFor) {
    public static final HardState INITIAL = new HardState(0, null);
}
