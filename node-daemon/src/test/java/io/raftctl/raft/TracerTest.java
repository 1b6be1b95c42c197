package io.raftctl.raft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opt-in rows and the applied-index delta: recorded always, shown with {@link TraceEvents#ALL} only. */
class TracerTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

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
    private final Tracer tracer = new Tracer("n1", MEMBERS);

    TracerTest() {
        tracer.attach(state);
    }

    @Test
    void optInRowsAreHiddenByDefaultAndShownWithAll() {
        tracer.event("A");
        tracer.optInEvent("TRIGGER SET explode");
        tracer.event("B");

        assertThat(tracer.rows()).extracting(TraceRow::op).containsExactly("A", "B");
        assertThat(tracer.rows(TraceEvents.DEFAULT)).isEqualTo(tracer.rows());
        assertThat(tracer.rows(TraceEvents.ALL)).extracting(TraceRow::op).containsExactly("A", "TRIGGER SET explode", "B");
    }

    @Test
    void anOptInRowTakesThePreviousClockSoTheDefaultRowsKeepTheirs() {
        tracer.event("A");
        tracer.optInEvent("APPLY FAILED i-1 error");
        tracer.event("B");

        List<TraceRow> all = tracer.rows(TraceEvents.ALL);
        assertThat(all).extracting(TraceRow::clock).containsExactly(1L, 1L, 2L);
        assertThat(all).extracting(TraceRow::seq).as("still ordered within the node").containsExactly(1L, 2L, 3L);
        assertThat(tracer.rows()).extracting(TraceRow::clock).as("as if the opt-in row were never recorded")
                .containsExactly(1L, 2L);
    }

    @Test
    void aChangeSeenFirstByAHiddenRowShowsAtTheNextShownRow() {
        tracer.event("A");
        state.commit = 3;
        tracer.optInEvent("APPLY FAILED i-3 explode");
        tracer.event("B");
        tracer.event("C");

        assertThat(tracer.rows()).extracting(TraceRow::delta).containsExactly("", "ci-3", "");
        assertThat(tracer.rows(TraceEvents.ALL)).extracting(TraceRow::delta).containsExactly("", "ci-3", "", "");
    }

    @Test
    void theAppliedIndexIsADeltaOfTheFullViewOnly() {
        tracer.event("A");
        state.applied = 1;
        tracer.event("B");
        state.commit = 2;
        state.applied = 2;
        tracer.event("C");

        assertThat(tracer.rows()).extracting(TraceRow::delta).as("no empty-but-present delta where only ai moved")
                .containsExactly("", "", "ci-2");
        assertThat(tracer.rows(TraceEvents.ALL)).extracting(TraceRow::delta).containsExactly("", "ai-1", "ci-2 ai-2");
    }

    @Test
    void whileCrashedNeitherViewReportsEngineChanges() {
        state.commit = 2;
        state.applied = 2;
        tracer.event("A");
        tracer.setCrashed(true);
        tracer.event(Tracer.CRASH);
        tracer.optInEvent("TRIGGER CLEAR");
        state.commit = 0;
        state.applied = 0;
        tracer.setCrashed(false);
        tracer.event(Tracer.RESTART);

        assertThat(tracer.rows(TraceEvents.ALL)).extracting(r -> r.role() + " " + r.op() + " | " + r.delta())
                .containsExactly("FLWR A | ci-2 ai-2", "CRSH CRASH | ", "CRSH TRIGGER CLEAR | ", "FLWR RESTART | ci-0 ai-0");
        assertThat(tracer.rows()).extracting(r -> r.op() + " | " + r.delta())
                .containsExactly("A | ci-2", "CRASH | ", "RESTART | ci-0");
    }

    @Test
    void applyFailedNamesTheEntryAndHowItFailed() {
        assertThat(Tracer.applyFailed(3, true)).isEqualTo("APPLY FAILED i-3 explode");
        assertThat(Tracer.applyFailed(7, false)).isEqualTo("APPLY FAILED i-7 error");
    }
}
