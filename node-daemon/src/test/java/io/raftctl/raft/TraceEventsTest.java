package io.raftctl.raft;

import io.raftctl.sim.SimCluster;
import io.raftctl.statemachine.Trigger;
import io.raftctl.trace.MergedRow;
import io.raftctl.trace.TraceFormat;
import io.raftctl.trace.TraceMerger;
import io.raftctl.trace.TraceNotation;
import io.raftctl.trace.TraceSection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.Sims.electAndSettle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed scenario's key event in the trace: with {@link TraceEvents#ALL} the trigger being armed and cleared,
 * the failed apply and the applied index show; by default the trace is the seed's notation, unchanged.
 */
class TraceEventsTest {

    /** The seed scenario, test_leader_explodes_in_command; the operator changes the trigger traced or untraced. */
    private static SimCluster seedScenario(boolean tracedTriggers) {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        c.section("Normal election");
        c.elect("n1");
        c.deliverAll();
        c.submit("n1", "add 1");
        c.deliverAll();

        c.section("Node 1 is leader, rigging it to explode on command and running command");
        if (tracedTriggers) c.setTrigger("n1", Trigger.EXPLODE, null);
        else c.node("n1").triggers().arm(Trigger.EXPLODE, null);
        long failed = c.submit("n1", "add 1");
        c.deliverAll();
        assertThat(c.result(failed)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ClientResult.Status.APPLY_FAILED));

        c.section("Leader node 1 returned an error from command request, clearing trigger and sending heartbeats to retry");
        if (tracedTriggers) c.clearTrigger("n1", Trigger.EXPLODE);
        else c.node("n1").triggers().clear(Trigger.EXPLODE);
        c.heartbeat("n1");
        c.deliverAll();

        c.section("Leader node 1 retry succeeded, now need another heartbeat to trigger followers to apply and commit");
        c.heartbeat("n1");
        c.deliverAll();
        assertThat(c.node("n1").raft().appliedIndex()).isEqualTo(3);
        return c;
    }

    @Test
    void theFullTraceShowsTheTriggerTheFailedApplyAndTheRetry() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2", "n3"),
                seedScenario(true).traceRows(TraceEvents.ALL));

        List<String> armed = cells(sections.get(1));
        assertThat(armed).containsSubsequence(
                "N-1 | TRIGGER SET explode | ",
                "N-1 | CMD START | ",
                "N-1 | N-2+ae_reply ok-True mi-3 | ci-3",
                "N-1 | APPLY FAILED i-3 explode | ",
                "N-1 | CMD DONE | ");
        assertThat(armed).filteredOn(r -> r.contains("APPLY FAILED")).as("one attempt in section 2").hasSize(1);

        List<String> retried = cells(sections.get(2));
        assertThat(retried).containsSubsequence(
                "N-1 | TRIGGER CLEAR explode | ",
                "N-1 | ae+N-2 t-1 i-3 lt-1 e-0 c-3 | ai-3",
                "N-2 | N-1+ae t-1 i-3 lt-1 e-0 c-3 | ci-3 ai-3");
        assertThat(retried).noneMatch(r -> r.contains("APPLY FAILED"));
        assertThat(cells(sections.get(3))).as("section 4: nothing changes, applied index included")
                .allMatch(r -> r.endsWith("| "));
    }

    @Test
    void theDefaultTraceIsTheSameAsIfNothingOptInHadBeenRecorded() {
        SimCluster traced = seedScenario(true);
        SimCluster untraced = seedScenario(false);
        for (TraceFormat format : TraceFormat.values()) {
            String shown = render(format, traced, TraceEvents.DEFAULT);
            assertThat(shown).as(format.formatName()).isEqualTo(render(format, untraced, TraceEvents.DEFAULT));
            assertThat(shown).as(format.formatName()).doesNotContain("APPLY FAILED", "TRIGGER", "ai-");
        }
        assertThat(render(TraceFormat.RST, traced, TraceEvents.ALL))
                .contains("TRIGGER SET explode", "APPLY FAILED i-3 explode", "TRIGGER CLEAR explode", "ai-3");
    }

    @Test
    void aRetryThatFailsAgainIsRecordedAgain() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        c.setTrigger("n2", Trigger.ERROR, null);
        c.setTrigger("n2", Trigger.SLOW_APPLY, "200ms");
        c.submit("n1", "add 1");
        c.deliverAll();
        c.heartbeat("n1");
        c.deliverAll();
        c.clearTrigger("n2", null);
        c.heartbeat("n1");
        c.deliverAll();
        assertThat(c.node("n2").raft().appliedIndex()).isEqualTo(2);

        List<String> n2 = c.traceRows(TraceEvents.ALL).get("n2").stream().filter(e -> e.event() != null)
                .map(e -> TraceNotation.event(e.event())).filter(op -> op.startsWith("APPLY") || op.startsWith("TRIGGER")).toList();
        assertThat(n2).containsExactly("TRIGGER SET error", "TRIGGER SET slow-apply 200ms",
                "APPLY FAILED i-2 error", "APPLY FAILED i-2 error", "TRIGGER CLEAR");
    }

    /** {@code N-1 | op | delta} for each row. */
    private static List<String> cells(TraceSection section) {
        return section.rows().stream().map(TraceEventsTest::cells).toList();
    }

    private static String cells(MergedRow m) {
        return m.nodeName() + " | " + NOTATION.op(m.event()) + " | " + TraceNotation.delta(m.event().delta());
    }

    private static final TraceNotation NOTATION = new TraceNotation(List.of("n1", "n2", "n3"));

    private static String render(TraceFormat format, SimCluster c, TraceEvents events) {
        return format.renderer().render(c.ids(), TraceMerger.merge(c.ids(), c.traceRows(events)));
    }
}
