package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvent.NodeRole;
import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.raftctl.trace.Delta.delta;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's notation of every message, event, role and delta (docs/trace-notation.md). */
class TraceNotationTest {

    private static final TraceNotation NOTATION = new TraceNotation(List.of("n1", "n2", "n3"));

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of(new TracedMessage.PreVoteRequest("n1", "n2", 1, 2, 5, 1), "p_v_r+N-2 t-2 li-5 lt-1", "N-1+p_v_r t-2 li-5 lt-1"),
                Arguments.of(new TracedMessage.PreVoteResponse("n2", "n1", 1, 2, true), "p_v+N-1 yes-True", "N-2+p_v yes-True"),
                Arguments.of(new TracedMessage.VoteRequest("n3", "n1", 1, 4, 0, 0), "poll+N-1 t-4 li-0 lt-0", "N-3+poll t-4 li-0 lt-0"),
                Arguments.of(new TracedMessage.VoteResponse("n1", "n3", 1, 4, false), "vote+N-3 yes-False", "N-1+vote yes-False"),
                Arguments.of(new TracedMessage.AppendEntries("n1", "n2", 1, 1, 2, 1, 3, 2), "ae+N-2 t-1 i-2 lt-1 e-3 c-2", "N-1+ae t-1 i-2 lt-1 e-3 c-2"),
                // The seed writes an ae_reply with the replier's name at both ends.
                Arguments.of(new TracedMessage.AppendEntriesResponse("n2", "n1", 1, 1, false, 7), "N-2+ae_reply ok-False mi-7", "N-2+ae_reply ok-False mi-7"));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void writesAMessageAtItsSenderAndAtItsReceiver(TracedMessage m, String atSender, String atReceiver) {
        assertThat(NOTATION.op(TraceEvent.sent(m.from(), 1, 1, NodeRole.FOLLOWER, m, StateDelta.NONE))).isEqualTo(atSender);
        assertThat(NOTATION.atSender(m)).isEqualTo(atSender);
        assertThat(NOTATION.op(TraceEvent.received(m.to(), 2, 1, NodeRole.FOLLOWER, m, StateDelta.NONE))).isEqualTo(atReceiver);
    }

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(NodeEvent.NEW_ROLE, "NEW ROLE"),
                Arguments.of(NodeEvent.CMD_START, "CMD START"),
                Arguments.of(NodeEvent.CMD_DONE, "CMD DONE"),
                Arguments.of(NodeEvent.CRASH, "CRASH"),
                Arguments.of(NodeEvent.RESTART, "RESTART"),
                Arguments.of(NodeEvent.NETSPLIT, "NETSPLIT"),
                Arguments.of(NodeEvent.NETJOIN, "NETJOIN"),
                Arguments.of(NodeEvent.applyFailed(3, NodeEvent.Cause.THREW), "APPLY FAILED i-3 explode"),
                Arguments.of(NodeEvent.applyFailed(7, NodeEvent.Cause.REPORTED), "APPLY FAILED i-7 error"),
                Arguments.of(NodeEvent.triggerSet("explode", null), "TRIGGER SET explode"),
                Arguments.of(NodeEvent.triggerSet("slow-apply", "200ms"), "TRIGGER SET slow-apply 200ms"),
                Arguments.of(NodeEvent.triggerCleared("explode"), "TRIGGER CLEAR explode"),
                Arguments.of(NodeEvent.triggerCleared(null), "TRIGGER CLEAR"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void writesEveryEvent(NodeEvent e, String op) {
        assertThat(NOTATION.op(TraceEvent.happened("n1", 1, 1, NodeRole.LEADER, e, StateDelta.NONE))).isEqualTo(op);
    }

    @Test
    void writesDeltasInTheSeedsOrder() {
        assertThat(TraceNotation.delta(StateDelta.NONE)).isEmpty();
        assertThat(TraceNotation.delta(delta().t(1).build())).isEqualTo("t-1");
        assertThat(TraceNotation.delta(delta().n(StateDelta.Network.CUT_OFF).ai(3).ci(3).li(4).lt(2).t(2).build()))
                .isEqualTo("t-2 lt-2 li-4 ci-3 ai-3 n-2");
        assertThat(TraceNotation.delta(delta().n(StateDelta.Network.JOINED).build())).isEqualTo("n-1");
    }

    @Test
    void writesRolesInFourLetters() {
        assertThat(Stream.of(NodeRole.values()).map(TraceNotation::role)).containsExactly("FLWR", "CNDI", "LEAD", "CRSH");
    }

    @Test
    void namesMembersByPositionAndStrangersByTheirId() {
        assertThat(NOTATION.nodeName("n3")).isEqualTo("N-3");
        assertThat(NOTATION.nodeName("zz")).isEqualTo("zz");
        assertThat(NOTATION.op(TraceEvent.section("n1", 1, 1, NodeRole.FOLLOWER, "Normal election"))).isEqualTo("Normal election");
    }
}
