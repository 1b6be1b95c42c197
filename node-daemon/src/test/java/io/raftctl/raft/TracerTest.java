package io.raftctl.raft;

import io.raftctl.trace.TraceNotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opt-in events and the applied-index delta: recorded always, shown with {@link TraceEvents#ALL} only. */
class TracerTest {

    private static final NodeEvent TRIGGER_SET = NodeEvent.triggerSet("explode", null);

    /** Engine state the test moves by hand. */
    private static final class State implements Tracer.StateProbe {
        long commit;
        long applied;

        public long commit() {
            return commit;
        }

        public long applied() {
            return applied;
        }
    }

    private final State state = new State();
    private final Tracer tracer = new Tracer("n1");

    TracerTest() {
        tracer.attach(state);
    }

    @Test
    void optInEventsAreHiddenByDefaultAndShownWithAll() {
        tracer.event(NodeEvent.CMD_START);
        tracer.event(TRIGGER_SET);
        tracer.event(NodeEvent.CMD_DONE);

        assertThat(tracer.events()).extracting(e -> e.event().type())
                .containsExactly(NodeEvent.Type.CMD_START, NodeEvent.Type.CMD_DONE);
        assertThat(tracer.events(TraceEvents.DEFAULT)).isEqualTo(tracer.events());
        assertThat(tracer.events(TraceEvents.ALL)).extracting(TraceEvent::event)
                .containsExactly(NodeEvent.CMD_START, TRIGGER_SET, NodeEvent.CMD_DONE);
    }

    @Test
    void anOptInEventTakesThePreviousClockSoTheDefaultEventsKeepTheirs() {
        tracer.event(NodeEvent.CMD_START);
        tracer.event(NodeEvent.applyFailed(1, NodeEvent.Cause.REPORTED));
        tracer.event(NodeEvent.CMD_DONE);

        List<TraceEvent> all = tracer.events(TraceEvents.ALL);
        assertThat(all).extracting(TraceEvent::clock).containsExactly(1L, 1L, 2L);
        assertThat(all).extracting(TraceEvent::seq).as("still ordered within the node").containsExactly(1L, 2L, 3L);
        assertThat(tracer.events()).extracting(TraceEvent::clock).as("as if the opt-in event were never recorded")
                .containsExactly(1L, 2L);
    }

    @Test
    void aChangeSeenFirstByAHiddenEventShowsAtTheNextShownEvent() {
        tracer.event(NodeEvent.CMD_START);
        state.commit = 3;
        tracer.event(NodeEvent.applyFailed(3, NodeEvent.Cause.THREW));
        tracer.event(NodeEvent.CMD_DONE);
        tracer.event(NodeEvent.CMD_START);

        assertThat(deltas(tracer.events())).containsExactly("", "ci-3", "");
        assertThat(deltas(tracer.events(TraceEvents.ALL))).containsExactly("", "ci-3", "", "");
        assertThat(tracer.events().get(1).delta()).isEqualTo(new StateDelta(null, null, null, 3L, null, null));
    }

    @Test
    void theAppliedIndexIsADeltaOfTheFullViewOnly() {
        tracer.event(NodeEvent.CMD_START);
        state.applied = 1;
        tracer.event(NodeEvent.CMD_DONE);
        state.commit = 2;
        state.applied = 2;
        tracer.event(NodeEvent.CMD_START);

        assertThat(deltas(tracer.events())).as("no empty-but-present delta where only ai moved")
                .containsExactly("", "", "ci-2");
        assertThat(tracer.events().get(1).delta().isEmpty()).isTrue();
        assertThat(deltas(tracer.events(TraceEvents.ALL))).containsExactly("", "ai-1", "ci-2 ai-2");
    }

    @Test
    void whileCrashedNeitherViewReportsEngineChanges() {
        state.commit = 2;
        state.applied = 2;
        tracer.event(NodeEvent.CMD_START);
        tracer.setCrashed(true);
        tracer.event(NodeEvent.CRASH);
        tracer.event(NodeEvent.triggerCleared(null));
        state.commit = 0;
        state.applied = 0;
        tracer.setCrashed(false);
        tracer.event(NodeEvent.RESTART);

        assertThat(tracer.events(TraceEvents.ALL)).extracting(TracerTest::roleOpDelta)
                .containsExactly("FLWR CMD START | ci-2 ai-2", "CRSH CRASH | ", "CRSH TRIGGER CLEAR | ", "FLWR RESTART | ci-0 ai-0");
        assertThat(tracer.events()).extracting(TracerTest::roleOpDelta)
                .containsExactly("FLWR CMD START | ci-2", "CRSH CRASH | ", "FLWR RESTART | ci-0");
    }

    @Test
    void aNetworkChangeIsADeltaOfTheNextEvent() {
        tracer.setNet(StateDelta.Network.CUT_OFF);
        tracer.event(NodeEvent.NETSPLIT);
        tracer.setNet(StateDelta.Network.JOINED);
        tracer.event(NodeEvent.NETJOIN);

        assertThat(tracer.events()).extracting(e -> e.delta().network())
                .containsExactly(StateDelta.Network.CUT_OFF, StateDelta.Network.JOINED);
        assertThat(deltas(tracer.events())).containsExactly("n-2", "n-1");
    }

    @Test
    void everySendOfABroadcastHasAClockOfItsOwnAndAReceiveKeepsTheSendersClock() {
        Message.PreVoteRequest toN2 = new Message.PreVoteRequest("n1", "n2", 1, 0, 0, false, 0);
        Message.PreVoteRequest toN3 = new Message.PreVoteRequest("n1", "n3", 1, 0, 0, false, 0);
        long first = tracer.sent(toN2).clock();
        long second = tracer.sent(toN3).clock();
        tracer.received(new Message.PreVoteResponse("n2", "n1", 1, true, 40));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        List<TraceEvent> events = tracer.events();
        assertThat(events).extracting(e -> e.message().clock()).containsExactly(1L, 2L, 40L);
        assertThat(events).extracting(TraceEvent::clock).as("the receive moves past the sender's clock")
                .containsExactly(1L, 2L, 41L);
        assertThat(events.get(1).message()).isEqualTo(new TracedMessage.PreVoteRequest("n1", "n3", 2, 1, 0, 0));
        assertThat(events.get(2).message()).isEqualTo(new TracedMessage.PreVoteResponse("n2", "n1", 40, 1, true));
    }

    private static List<String> deltas(List<TraceEvent> events) {
        return events.stream().map(e -> TraceNotation.delta(e.delta())).toList();
    }

    private static String roleOpDelta(TraceEvent e) {
        return TraceNotation.role(e.role()) + " " + TraceNotation.event(e.event()) + " | " + TraceNotation.delta(e.delta());
    }
}
