package io.raftctl.raft;

/** The role of a node. A node in a pre-vote round is a CANDIDATE whose term has not moved yet. */
public enum Role {
    FOLLOWER,
    CANDIDATE,
    LEADER
}
