package io.raftctl.raft;

/**
 * A message as a trace records it: its type, its two ends, the sender's Lamport clock and the fields a trace
 * shows. The sender and its clock identify the message: every send ticks the sender's clock, so a receive is
 * paired with its send by {@code (from, clock)}, however often the network duplicated, held or reordered it.
 */
public sealed interface TracedMessage
        permits TracedMessage.PreVoteRequest, TracedMessage.PreVoteResponse, TracedMessage.VoteRequest,
                TracedMessage.VoteResponse, TracedMessage.AppendEntries, TracedMessage.AppendEntriesResponse {

    /** The message types, one per record; the names are those the admin API sends. */
    enum Type {
        PRE_VOTE_REQUEST, PRE_VOTE_RESPONSE, VOTE_REQUEST, VOTE_RESPONSE, APPEND_ENTRIES, APPEND_ENTRIES_RESPONSE;

        public static Type of(Message m) {
            if (m instanceof Message.PreVoteRequest) return PRE_VOTE_REQUEST;
            if (m instanceof Message.PreVoteResponse) return PRE_VOTE_RESPONSE;
            if (m instanceof Message.VoteRequest) return VOTE_REQUEST;
            if (m instanceof Message.VoteResponse) return VOTE_RESPONSE;
            if (m instanceof Message.AppendEntries) return APPEND_ENTRIES;
            return APPEND_ENTRIES_RESPONSE;
        }
    }

    Type type();

    String from();

    String to();

    /** The sender's Lamport clock when it sent the message. */
    long clock();

    long term();

    /** The traced form of an engine message, e.g. one held by the network. */
    static TracedMessage of(Message m) {
        if (m instanceof Message.PreVoteRequest p) {
            return new PreVoteRequest(p.from(), p.to(), p.clock(), p.term(), p.lastIndex(), p.lastTerm());
        }
        if (m instanceof Message.PreVoteResponse p) return new PreVoteResponse(p.from(), p.to(), p.clock(), p.term(), p.granted());
        if (m instanceof Message.VoteRequest v) {
            return new VoteRequest(v.from(), v.to(), v.clock(), v.term(), v.lastIndex(), v.lastTerm());
        }
        if (m instanceof Message.VoteResponse v) return new VoteResponse(v.from(), v.to(), v.clock(), v.term(), v.granted());
        if (m instanceof Message.AppendEntries a) {
            return new AppendEntries(a.from(), a.to(), a.clock(), a.term(), a.prevIndex(), a.prevTerm(), a.entries().size(),
                    a.leaderCommit());
        }
        Message.AppendEntriesResponse r = (Message.AppendEntriesResponse) m;
        return new AppendEntriesResponse(r.from(), r.to(), r.clock(), r.term(), r.success(), r.matchIndex());
    }

    /** "Would you vote for me in {@code term}?" */
    record PreVoteRequest(String from, String to, long clock, long term, long lastIndex, long lastTerm)
            implements TracedMessage {
        public Type type() {
            return Type.PRE_VOTE_REQUEST;
        }
    }

    record PreVoteResponse(String from, String to, long clock, long term, boolean granted) implements TracedMessage {
        public Type type() {
            return Type.PRE_VOTE_RESPONSE;
        }
    }

    record VoteRequest(String from, String to, long clock, long term, long lastIndex, long lastTerm)
            implements TracedMessage {
        public Type type() {
            return Type.VOTE_REQUEST;
        }
    }

    record VoteResponse(String from, String to, long clock, long term, boolean granted) implements TracedMessage {
        public Type type() {
            return Type.VOTE_RESPONSE;
        }
    }

    /** {@code entries} is how many entries it carried: 0 for a heartbeat. */
    record AppendEntries(String from, String to, long clock, long term, long prevIndex, long prevTerm, int entries,
                         long commit) implements TracedMessage {
        public Type type() {
            return Type.APPEND_ENTRIES;
        }
    }

    record AppendEntriesResponse(String from, String to, long clock, long term, boolean success, long matchIndex)
            implements TracedMessage {
        public Type type() {
            return Type.APPEND_ENTRIES_RESPONSE;
        }
    }
}
