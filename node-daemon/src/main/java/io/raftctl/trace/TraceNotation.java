package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;

import java.util.List;
import java.util.StringJoiner;

/**
 * The seed document's notation (docs/trace-notation.md), the one place that turns trace events into text:
 * roles ({@code FLWR}, {@code CRSH}), ops ({@code ae+N-2 t-1 i-0 lt-0 e-1 c-0}, {@code N-1+p_v yes-True},
 * {@code NEW ROLE}, {@code APPLY FAILED i-3 explode}) and deltas ({@code t-1 lt-1 li-1 ci-1 n-2}). Every
 * renderer, and anything else that shows a message in trace shorthand, asks it.
 */
public final class TraceNotation {

    private final List<String> members;

    /** @param members node ids in cluster-file order: the k-th is {@code N-k} */
    public TraceNotation(List<String> members) {
        this.members = List.copyOf(members);
    }

    /** The trace name of a node: {@code N-k} for the k-th member, the id itself for a stranger. */
    public static String nodeName(List<String> members, String id) {
        int i = members.indexOf(id);
        return i < 0 ? id : "N-" + (i + 1);
    }

    public String nodeName(String id) {
        return nodeName(members, id);
    }

    /** The four-letter role code of trace tables. */
    public static String role(TraceEvent.NodeRole role) {
        return switch (role) {
            case FOLLOWER -> "FLWR";
            case CANDIDATE -> "CNDI";
            case LEADER -> "LEAD";
            case CRASHED -> "CRSH";
        };
    }

    /** The Op cell of an event; for a section marker, its title. */
    public String op(TraceEvent e) {
        return switch (e.kind()) {
            case SEND -> atSender(e.message());
            case RECEIVE -> nodeName(e.message().from()) + "+" + label(e.message());
            case EVENT -> event(e.event());
            case SECTION -> e.title();
        };
    }

    /**
     * How the sender writes a message: {@code ae+N-2 t-1 i-0 lt-0 e-1 c-0}. The seed writes a reply to
     * AppendEntries as {@code N-x+ae_reply ...} at both ends, N-x being the replier.
     */
    public String atSender(TracedMessage m) {
        return m instanceof TracedMessage.AppendEntriesResponse
                ? nodeName(m.from()) + "+" + label(m)
                : code(m.type()) + "+" + nodeName(m.to()) + " " + fields(m);
    }

    /** The message without its addressing: {@code ae t-1 i-0 lt-0 e-1 c-0}. */
    public static String label(TracedMessage m) {
        return code(m.type()) + " " + fields(m);
    }

    /** The message code: {@code p_v_r}, {@code p_v}, {@code poll}, {@code vote}, {@code ae}, {@code ae_reply}. */
    public static String code(TracedMessage.Type type) {
        return switch (type) {
            case PRE_VOTE_REQUEST -> "p_v_r";
            case PRE_VOTE_RESPONSE -> "p_v";
            case VOTE_REQUEST -> "poll";
            case VOTE_RESPONSE -> "vote";
            case APPEND_ENTRIES -> "ae";
            case APPEND_ENTRIES_RESPONSE -> "ae_reply";
        };
    }

    /** The message's fields: {@code t-1 i-0 lt-0 e-1 c-0}. */
    public static String fields(TracedMessage m) {
        if (m instanceof TracedMessage.PreVoteRequest p) return "t-" + p.term() + " li-" + p.lastIndex() + " lt-" + p.lastTerm();
        if (m instanceof TracedMessage.VoteRequest v) return "t-" + v.term() + " li-" + v.lastIndex() + " lt-" + v.lastTerm();
        if (m instanceof TracedMessage.PreVoteResponse p) return "yes-" + pyBool(p.granted());
        if (m instanceof TracedMessage.VoteResponse v) return "yes-" + pyBool(v.granted());
        if (m instanceof TracedMessage.AppendEntries a) {
            return "t-" + a.term() + " i-" + a.prevIndex() + " lt-" + a.prevTerm() + " e-" + a.entries() + " c-" + a.commit();
        }
        TracedMessage.AppendEntriesResponse r = (TracedMessage.AppendEntriesResponse) m;
        return "ok-" + pyBool(r.success()) + " mi-" + r.matchIndex();
    }

    /** {@code NEW ROLE}, {@code CMD START}, ..., {@code APPLY FAILED i-3 explode}, {@code TRIGGER SET slow-apply 200ms}. */
    public static String event(NodeEvent e) {
        return switch (e.type()) {
            case NEW_ROLE -> "NEW ROLE";
            case CMD_START -> "CMD START";
            case CMD_DONE -> "CMD DONE";
            case CRASH -> "CRASH";
            case RESTART -> "RESTART";
            case NETSPLIT -> "NETSPLIT";
            case NETJOIN -> "NETJOIN";
            case APPLY_FAILED -> "APPLY FAILED i-" + e.index() + (e.cause() == NodeEvent.Cause.THREW ? " explode" : " error");
            case TRIGGER_SET -> "TRIGGER SET " + e.trigger() + (e.value() == null ? "" : " " + e.value());
            case TRIGGER_CLEAR -> "TRIGGER CLEAR" + (e.trigger() == null ? "" : " " + e.trigger());
            case RECOVERED -> "RECOVERED";
        };
    }

    /** What changed, in the order term, last term, last index, commit, applied, net; empty if nothing did. */
    public static String delta(StateDelta d) {
        StringJoiner j = new StringJoiner(" ");
        if (d.term() != null) j.add("t-" + d.term());
        if (d.lastTerm() != null) j.add("lt-" + d.lastTerm());
        if (d.lastIndex() != null) j.add("li-" + d.lastIndex());
        if (d.commit() != null) j.add("ci-" + d.commit());
        if (d.applied() != null) j.add("ai-" + d.applied());
        if (d.network() != null) j.add("n-" + (d.network() == StateDelta.Network.JOINED ? 1 : 2));
        return j.toString();
    }

    private static String pyBool(boolean b) {
        return b ? "True" : "False";
    }
}
