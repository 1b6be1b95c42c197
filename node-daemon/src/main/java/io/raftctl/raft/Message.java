package io.raftctl.raft;

import java.util.List;

/**
 * A Raft message between two nodes. Every message carries the sender's term and a Lamport clock
 * ({@code clock}) that orders trace events of different nodes causally; the engine stamps the clock
 * when the message leaves, a new one per message, so the sender and the clock identify it in traces.
 */
public sealed interface Message
        permits Message.PreVoteRequest, Message.PreVoteResponse, Message.VoteRequest, Message.VoteResponse,
                Message.AppendEntries, Message.AppendEntriesResponse {

    String from();

    String to();

    long term();

    long clock();

    Message withClock(long clock);

    /** A pre-vote request: "would you vote for me in {@code term}?" Changes nothing at the voter. */
    record PreVoteRequest(String from, String to, long term, long lastIndex, long lastTerm, boolean force, long clock)
            implements Message {
        public PreVoteRequest withClock(long c) {
            return new PreVoteRequest(from, to, term, lastIndex, lastTerm, force, c);
        }
    }

    record PreVoteResponse(String from, String to, long term, boolean granted, long clock) implements Message {
        public PreVoteResponse withClock(long c) {
            return new PreVoteResponse(from, to, term, granted, c);
        }
    }

    /** RequestVote. {@code force} sets aside leader stickiness, never the log check. */
    record VoteRequest(String from, String to, long term, long lastIndex, long lastTerm, boolean force, long clock)
            implements Message {
        public VoteRequest withClock(long c) {
            return new VoteRequest(from, to, term, lastIndex, lastTerm, force, c);
        }
    }

    record VoteResponse(String from, String to, long term, boolean granted, long clock) implements Message {
        public VoteResponse withClock(long c) {
            return new VoteResponse(from, to, term, granted, c);
        }
    }

    /** AppendEntries; with no entries it is a heartbeat. */
    record AppendEntries(String from, String to, long term, long prevIndex, long prevTerm, List<Entry> entries,
                         long leaderCommit, long clock) implements Message {
        public AppendEntries {
            entries = List.copyOf(entries);
        }

        public AppendEntries withClock(long c) {
            return new AppendEntries(from, to, term, prevIndex, prevTerm, entries, leaderCommit, c);
        }
    }

    /**
     * The answer to an AppendEntries. On success {@code matchIndex} is the last index known to match the
     * leader's log. On rejection {@code rejectedIndex} echoes the prevIndex that did not match and
     * {@code hintIndex}/{@code hintTerm} let the leader skip a whole conflicting term per round trip
     * ({@code hintTerm} 0: the follower's log simply ends before {@code hintIndex}).
     */
    record AppendEntriesResponse(String from, String to, long term, boolean success, long matchIndex,
                                 long rejectedIndex, long hintIndex, long hintTerm, long clock) implements Message {
        public AppendEntriesResponse withClock(long c) {
            return new AppendEntriesResponse(from, to, term, success, matchIndex, rejectedIndex, hintIndex, hintTerm, c);
        }
    }
}
