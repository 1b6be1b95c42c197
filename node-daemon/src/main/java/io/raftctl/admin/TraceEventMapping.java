package io.raftctl.admin;

import io.raftctl.admin.AdminDtos.TraceDeltaDto;
import io.raftctl.admin.AdminDtos.TraceEventDto;
import io.raftctl.admin.AdminDtos.TraceMessageDto;
import io.raftctl.admin.AdminDtos.TraceNodeEventDto;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trace events to and from the admin API's records ({@code GET /v1/trace}, docs/admin-api.md): the daemon
 * sends its events as data and raftctl turns them back into the same events, which it then merges and renders.
 */
public final class TraceEventMapping {

    private TraceEventMapping() {
    }

    public static AdminDtos.TraceResponse response(String node, List<String> members, List<TraceEvent> events, long dropped) {
        List<TraceEventDto> dtos = new ArrayList<>(events.size());
        for (TraceEvent e : events) dtos.add(toDto(e));
        return new AdminDtos.TraceResponse(AdminDtos.TRACE_FORMAT, node, members, dtos, dropped);
    }

    public static TraceEventDto toDto(TraceEvent e) {
        return new TraceEventDto(e.node(), e.clock(), e.seq(), e.kind().name(), e.role().name(),
                e.message() == null ? null : toDto(e.message()), e.event() == null ? null : toDto(e.event()), e.title(),
                e.delta().isEmpty() ? null : toDto(e.delta()));
    }

    /**
     * @param node the node that answered, for an event that does not name its own
     * @throws IllegalArgumentException if the record is not a trace event this version knows (a newer raftd's)
     */
    public static TraceEvent fromDto(String node, TraceEventDto d) {
        TraceEvent.Kind kind = parse(TraceEvent.Kind.class, d.kind(), "kind");
        return new TraceEvent(d.node() == null ? node : d.node(), d.clock(), d.seq(), kind,
                parse(TraceEvent.NodeRole.class, d.role(), "role"),
                d.message() == null ? null : fromDto(d.message()), d.event() == null ? null : fromDto(d.event()),
                d.title(), d.delta() == null ? StateDelta.NONE : fromDto(d.delta()));
    }

    // ---------------------------------------------------------------- messages

    private static TraceMessageDto toDto(TracedMessage m) {
        String type = m.type().name();
        if (m instanceof TracedMessage.PreVoteRequest p) {
            return message(type, m, p.lastIndex(), p.lastTerm(), null, null, null, null, null, null, null);
        }
        if (m instanceof TracedMessage.VoteRequest v) {
            return message(type, m, v.lastIndex(), v.lastTerm(), null, null, null, null, null, null, null);
        }
        if (m instanceof TracedMessage.PreVoteResponse p) return message(type, m, null, null, null, null, null, null, p.granted(), null, null);
        if (m instanceof TracedMessage.VoteResponse v) return message(type, m, null, null, null, null, null, null, v.granted(), null, null);
        if (m instanceof TracedMessage.AppendEntries a) {
            return message(type, m, null, null, a.prevIndex(), a.prevTerm(), a.entries(), a.commit(), null, null, null);
        }
        TracedMessage.AppendEntriesResponse r = (TracedMessage.AppendEntriesResponse) m;
        return message(type, m, null, null, null, null, null, null, null, r.success(), r.matchIndex());
    }

    private static TraceMessageDto message(String type, TracedMessage m, Long lastIndex, Long lastTerm, Long prevIndex,
                                           Long prevTerm, Integer entries, Long commit, Boolean granted, Boolean success,
                                           Long matchIndex) {
        return new TraceMessageDto(type, m.from(), m.to(), m.clock(), m.term(), lastIndex, lastTerm, prevIndex, prevTerm,
                entries, commit, granted, success, matchIndex);
    }

    private static TracedMessage fromDto(TraceMessageDto d) {
        TracedMessage.Type type = parse(TracedMessage.Type.class, d.type(), "message type");
        String from = require(d.from(), "from");
        String to = require(d.to(), "to");
        return switch (type) {
            case PRE_VOTE_REQUEST -> new TracedMessage.PreVoteRequest(from, to, d.clock(), d.term(),
                    require(d.lastIndex(), "last_index"), require(d.lastTerm(), "last_term"));
            case PRE_VOTE_RESPONSE -> new TracedMessage.PreVoteResponse(from, to, d.clock(), d.term(),
                    require(d.granted(), "granted"));
            case VOTE_REQUEST -> new TracedMessage.VoteRequest(from, to, d.clock(), d.term(),
                    require(d.lastIndex(), "last_index"), require(d.lastTerm(), "last_term"));
            case VOTE_RESPONSE -> new TracedMessage.VoteResponse(from, to, d.clock(), d.term(), require(d.granted(), "granted"));
            case APPEND_ENTRIES -> new TracedMessage.AppendEntries(from, to, d.clock(), d.term(),
                    require(d.prevIndex(), "prev_index"), require(d.prevTerm(), "prev_term"), require(d.entries(), "entries"),
                    require(d.commit(), "commit"));
            case APPEND_ENTRIES_RESPONSE -> new TracedMessage.AppendEntriesResponse(from, to, d.clock(), d.term(),
                    require(d.success(), "success"), require(d.matchIndex(), "match_index"));
        };
    }

    // ---------------------------------------------------------------- events and deltas

    private static TraceNodeEventDto toDto(NodeEvent e) {
        return new TraceNodeEventDto(e.type().name(), e.type() == NodeEvent.Type.APPLY_FAILED ? e.index() : null,
                e.cause() == null ? null : e.cause().name(), e.trigger(), e.value());
    }

    private static NodeEvent fromDto(TraceNodeEventDto d) {
        NodeEvent.Type type = parse(NodeEvent.Type.class, d.type(), "event type");
        NodeEvent.Cause cause = d.cause() == null ? null : parse(NodeEvent.Cause.class, d.cause(), "cause");
        return new NodeEvent(type, d.index() == null ? 0 : d.index(), cause, d.trigger(), d.value());
    }

    private static TraceDeltaDto toDto(StateDelta d) {
        return new TraceDeltaDto(d.term(), d.lastTerm(), d.lastIndex(), d.commit(), d.applied(),
                d.network() == null ? null : d.network().name());
    }

    private static StateDelta fromDto(TraceDeltaDto d) {
        return new StateDelta(d.term(), d.lastTerm(), d.lastIndex(), d.commit(), d.applied(),
                d.net() == null ? null : parse(StateDelta.Network.class, d.net(), "net"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        if (name == null) throw new IllegalArgumentException("a trace event without its " + what);
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown trace " + what + " '" + name + "'");
        }
    }

    private static <T> T require(T value, String field) {
        if (value == null) throw new IllegalArgumentException("a traced message without its " + field);
        return value;
    }
}
