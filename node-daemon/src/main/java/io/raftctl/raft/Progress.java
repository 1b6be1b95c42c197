package io.raftctl.raft;

import java.util.ArrayDeque;

/**
 * A leader's view of one follower's log. In PROBE the leader sends one AppendEntries at a time and
 * waits for its answer (after a rejection, or when it does not know where the follower stands); in
 * REPLICATE it streams entries optimistically with up to {@code maxInflight} messages unacknowledged.
 */
final class Progress {

    enum State { PROBE, REPLICATE }

    long match;
    long next;
    State state = State.PROBE;
    /** In PROBE: an AppendEntries is out and unanswered. */
    boolean probeSent;
    /** In REPLICATE: the last index carried by each unacknowledged AppendEntries, oldest first. */
    final ArrayDeque<Long> inflight = new ArrayDeque<>();
    /** Heard from since the last CheckQuorum round. */
    boolean recentActive;
    /** The highest leader commit index sent to this follower: it must hear of every later one. */
    long commitSent;

    Progress(long next) {
        this.next = next;
    }

    boolean isPaused(int maxInflight) {
        return state == State.PROBE ? probeSent : inflight.size() >= maxInflight;
    }

    /** Records a successful append up to {@code index}; false if it tells nothing new. */
    boolean acknowledge(long index) {
        probeSent = false;
        while (!inflight.isEmpty() && inflight.peekFirst() <= index) inflight.pollFirst();
        if (index <= match) return false;
        match = index;
        next = Math.max(next, index + 1);
        return true;
    }

    void becomeProbe(long newNext) {
        state = State.PROBE;
        probeSent = false;
        inflight.clear();
        next = Math.max(match + 1, newNext);
    }

    void becomeReplicate() {
        state = State.REPLICATE;
        probeSent = false;
        inflight.clear();
        next = match + 1;
    }

    /** An AppendEntries carrying entries up to {@code lastIndex} and commit index {@code commit} left. */
    void sent(long lastIndex, long commit) {
        commitSent = Math.max(commitSent, commit);
        if (state == State.PROBE) {
            probeSent = true;
        } else if (lastIndex >= next) {
            next = lastIndex + 1;
            inflight.addLast(lastIndex);
        }
    }
}
