package io.raftctl.admin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * Request and response bodies of the admin socket. JSON field names are snake_case. Requests reject
 * unknown fields; responses may gain fields over time, so clients ignore unknown ones.
 */
public final class AdminDtos {

    private AdminDtos() {
    }

    // ---------------------------------------------------------------- errors and acknowledgements

    /** Every 4xx/5xx body: one sentence, and a stable code from {@link AdminApi}. */
    public record ErrorBody(String error, String code) {
    }

    /** The answer to an action: it was done; {@code detail} says what, when there is something to say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ack(boolean ok, String detail) {
        public static Ack done() {
            return new Ack(true, null);
        }

        public static Ack done(String detail) {
            return new Ack(true, detail);
        }
    }

    // ---------------------------------------------------------------- status

    /**
     * Fields that a crashed node has lost are null ("none" in text output). {@code recovering}: why the node neither
     * votes nor campaigns until it has caught up with a leader, or null.
     */
    public record Status(
            String id,
            String name,
            String cluster,
            String role,
            boolean crashed,
            @JsonProperty("pre_vote_round") boolean preVoteRound,
            Long term,
            @JsonProperty("voted_for") String votedFor,
            String leader,
            Long commit,
            Long applied,
            @JsonProperty("last_index") Long lastIndex,
            @JsonProperty("last_term") Long lastTerm,
            boolean timers,
            Map<String, String> triggers,
            NetStatus net,
            @JsonProperty("apply_error") String applyError,
            String recovering,
            @JsonProperty("state_machine") String stateMachine,
            boolean fsync,
            long pid,
            @JsonProperty("uptime_ms") long uptimeMs,
            @JsonProperty("trace_clock") long traceClock) {

        /** The canonical constructor, the one JSON binds to. */
        @JsonCreator
        public Status {
        }

        /** A node that is not recovering. */
        public Status(String id, String name, String cluster, String role, boolean crashed, boolean preVoteRound,
                      Long term, String votedFor, String leader, Long commit, Long applied, Long lastIndex,
                      Long lastTerm, boolean timers, Map<String, String> triggers, NetStatus net, String applyError,
                      String stateMachine, boolean fsync, long pid, long uptimeMs, long traceClock) {
            this(id, name, cluster, role, crashed, preVoteRound, term, votedFor, leader, commit, applied, lastIndex,
                    lastTerm, timers, triggers, net, applyError, null, stateMachine, fsync, pid, uptimeMs, traceClock);
        }
    }

    /** The node's view of the network faults. */
    public record NetStatus(
            List<String> isolated,
            List<List<String>> groups,
            boolean holding,
            int held,
            @JsonProperty("cut_off") boolean cutOff) {
    }

    // ---------------------------------------------------------------- actions

    public record ElectRequest(Boolean force) {
    }

    public record CommandRequest(String command, @JsonProperty("timeout_ms") Long timeoutMs) {
    }

    /**
     * The outcome of a command. {@code status}: OK, NOT_LEADER, INVALID, REFUSED, APPLY_FAILED,
     * OUTCOME_UNKNOWN, TIMEOUT. {@code index} is the log index (0 if it never entered the log).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommandResponse(boolean ok, String status, long index,
                                  // Always present when applied: null is an answer (a kv get of a missing key).
                                  @JsonInclude(JsonInclude.Include.ALWAYS) String value,
                                  String error, String leader) {
    }

    public record TimersRequest(Boolean on) {
    }

    public record TriggerSetRequest(String name, String value) {
    }

    public record TriggerClearRequest(String name) {
    }

    public record Triggers(Map<String, String> triggers) {
    }

    public record NodeRequest(String node) {
    }

    public record SplitRequest(List<List<String>> groups) {
    }

    /** The whole partition state at once: absent fields mean none. */
    public record NetSetRequest(List<String> isolated, List<List<String>> groups) {
    }

    public record DeliverRequest(Integer count) {
    }

    public record Pending(List<String> pending) {
    }

    // ---------------------------------------------------------------- log and state

    public record LogEntry(long index, long term, String kind, String command, boolean committed, boolean applied) {
    }

    public record LogResponse(List<LogEntry> entries, Long commit, Long applied, @JsonProperty("last_index") long lastIndex,
                              boolean crashed) {
    }

    /** A counter's {@code total}, or a kv store's {@code entries}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record State(String kind, Long total, Map<String, String> entries) {
    }

    // ---------------------------------------------------------------- trace

    public record SectionRequest(String title, Long clock) {
    }

    /**
     * A node's trace ({@code GET /v1/trace}). {@code format} is {@link #TRACE_FORMAT}: structured events; a raftd
     * that answers without it is older and sends rows of text instead, which this version no longer reads.
     */
    public record TraceResponse(int format, String node, List<String> members, List<TraceEventDto> events, long dropped) {
    }

    /** The trace format of this version: events as data ({@link TraceEventMapping}). */
    public static final int TRACE_FORMAT = 2;

    /** One {@code io.raftctl.raft.TraceEvent}; of {@code message}, {@code event} and {@code title}, its kind's only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TraceEventDto(String node, long clock, long seq, String kind, String role, TraceMessageDto message,
                                TraceNodeEventDto event, String title, TraceDeltaDto delta) {
    }

    /** A traced message: {@code clock} is the sender's; the fields present are those of its {@code type}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TraceMessageDto(String type, String from, String to, long clock, long term,
                                  @JsonProperty("last_index") Long lastIndex, @JsonProperty("last_term") Long lastTerm,
                                  @JsonProperty("prev_index") Long prevIndex, @JsonProperty("prev_term") Long prevTerm,
                                  Integer entries, Long commit, Boolean granted, Boolean success,
                                  @JsonProperty("match_index") Long matchIndex) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TraceNodeEventDto(String type, Long index, String cause, String trigger, String value) {
    }

    /** What changed; an absent field did not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TraceDeltaDto(Long term, @JsonProperty("last_term") Long lastTerm,
                                @JsonProperty("last_index") Long lastIndex, Long commit, Long applied, String net) {
    }
}
