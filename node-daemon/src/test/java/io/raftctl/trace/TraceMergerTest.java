package io.raftctl.trace;

import io.raftctl.raft.Message;
import io.raftctl.raft.TraceRow;
import io.raftctl.raft.Tracer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TraceMergerTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

    @Test
    void ordersByClockThenNodePositionThenSeq() {
        Map<String, List<TraceRow>> rows = new Rows()
                .event("n3", 1, "FLWR", "c1")
                .event("n1", 2, "FLWR", "a2")
                .event("n1", 3, "FLWR", "a3")
                .event("n2", 1, "FLWR", "b1")
                .event("n2", 4, "FLWR", "b4")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).hasSize(1);
        assertThat(ops(sections.get(0))).containsExactly("b1", "c1", "a2", "a3", "b4");
    }

    @Test
    void tiesOnClockGoByNodePositionThenSeq() {
        Map<String, List<TraceRow>> rows = new Rows()
                .event("n2", 5, "FLWR", "b")
                .event("n1", 5, "FLWR", "a")
                .event("n1", 5, "FLWR", "a2")
                .build();

        assertThat(ops(TraceMerger.merge(MEMBERS, rows).get(0))).containsExactly("a", "a2", "b");
    }

    @Test
    void aReceiveNeverComesBeforeItsSendWithLamportClocks() {
        Random random = new Random(42);
        Map<String, Tracer> tracers = new LinkedHashMap<>();
        MEMBERS.forEach(id -> tracers.put(id, new Tracer(id, MEMBERS)));
        List<Message> inFlight = new ArrayList<>();
        Map<String, Integer> sentCount = new HashMap<>();
        for (int step = 0; step < 500; step++) {
            boolean deliver = !inFlight.isEmpty() && random.nextBoolean();
            if (deliver) {
                Message m = inFlight.remove(random.nextInt(inFlight.size()));
                tracers.get(m.to()).received(m);
            } else {
                String from = MEMBERS.get(random.nextInt(3));
                String to = MEMBERS.get((MEMBERS.indexOf(from) + 1 + random.nextInt(2)) % 3);
                // A unique heartbeat commit index identifies the message in the trace.
                int id = sentCount.merge("all", 1, Integer::sum);
                Message m = new Message.AppendEntries(from, to, 1, 0, 0, List.of(), id, 0);
                inFlight.add(tracers.get(from).sent(m));
            }
            if (random.nextInt(40) == 0) tracers.get(MEMBERS.get(random.nextInt(3))).event(Tracer.CMD_START);
        }
        Map<String, List<TraceRow>> rows = new LinkedHashMap<>();
        tracers.forEach((id, t) -> rows.put(id, t.rows()));

        List<MergedRow> merged = TraceMerger.merge(MEMBERS, rows).get(0).rows();

        Map<String, Integer> sendIndex = new HashMap<>();
        int receives = 0;
        for (int i = 0; i < merged.size(); i++) {
            TraceRow r = merged.get(i).row();
            if (r.kind() == TraceRow.Kind.EVENT) continue;
            String c = r.op().substring(r.op().lastIndexOf(" c-"));
            if (r.kind() == TraceRow.Kind.SEND) sendIndex.put(c, i);
            if (r.kind() == TraceRow.Kind.RECEIVE) {
                assertThat(sendIndex).as("send of %s before its receive", r.op()).containsKey(c);
                receives++;
            }
        }
        assertThat(receives).isGreaterThan(100);
    }

    @Test
    void everyRowCarriesEveryNodesCurrentRole() {
        Map<String, List<TraceRow>> rows = new Rows()
                .event("n1", 1, "CNDI", "NEW ROLE")
                .event("n2", 2, "FLWR", "x")
                .event("n1", 3, "LEAD", "NEW ROLE")
                .event("n3", 4, "CRSH", "CRASH")
                .build();

        List<MergedRow> merged = TraceMerger.merge(MEMBERS, rows).get(0).rows();

        assertThat(merged).extracting(MergedRow::roles).containsExactly(
                List.of("CNDI", "FLWR", "FLWR"),
                List.of("CNDI", "FLWR", "FLWR"),
                List.of("LEAD", "FLWR", "FLWR"),
                List.of("LEAD", "FLWR", "CRSH"));
    }

    @Test
    void rolesCarryAcrossSections() {
        Map<String, List<TraceRow>> rows = new Rows()
                .section("n1", 1, "FLWR", "one").section("n2", 1, "FLWR", "one").section("n3", 1, "FLWR", "one")
                .event("n1", 2, "LEAD", "NEW ROLE")
                .section("n1", 10, "LEAD", "two").section("n2", 10, "FLWR", "two").section("n3", 10, "FLWR", "two")
                .event("n2", 11, "FLWR", "CMD START")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2);
        assertThat(sections.get(1).rows().get(0).roles()).containsExactly("LEAD", "FLWR", "FLWR");
    }

    @Test
    void aSectionMarkerTellsTheRoleOfANodeWhoseEarlierRowsAreGone() {
        // n1 was leader before "trace clear"; its marker still says so.
        Map<String, List<TraceRow>> rows = new Rows()
                .section("n1", 50, "LEAD", "after clear").section("n2", 50, "FLWR", "after clear")
                .receive("n2", 52, "FLWR", "N-1+ae t-1 i-3 lt-1 e-0 c-3", "")
                .build();

        MergedRow first = TraceMerger.merge(MEMBERS, rows).get(0).rows().get(0);

        assertThat(first.roles()).containsExactly("LEAD", "FLWR", "FLWR");
    }

    @Test
    void splitsAtMarkersAndTakesTitlesFromThem() {
        Map<String, List<TraceRow>> rows = new Rows()
                .event("n1", 1, "FLWR", "before")
                .section("n1", 5, "FLWR", "Normal election").section("n2", 5, "FLWR", "Normal election")
                .event("n2", 6, "FLWR", "in one")
                .section("n1", 9, "FLWR", "Crash").section("n2", 9, "FLWR", "Crash")
                .event("n1", 10, "FLWR", "in two")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).extracting(TraceSection::number).containsExactly(0, 1, 2);
        assertThat(sections).extracting(TraceSection::title).containsExactly("", "Normal election", "Crash");
        assertThat(sections).extracting(TraceMergerTest::ops)
                .containsExactly(List.of("before"), List.of("in one"), List.of("in two"));
        assertThat(sections.get(0).heading()).isEqualTo("Before the first section");
        assertThat(sections.get(2).heading()).isEqualTo("Section 2: Crash");
    }

    @Test
    void omitsAnEmptyUntitledSectionButKeepsEmptyTitledOnes() {
        Map<String, List<TraceRow>> rows = new Rows()
                .section("n1", 1, "FLWR", "quiet")
                .section("n1", 2, "FLWR", "busy")
                .event("n1", 3, "FLWR", "x")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2);
        assertThat(sections.get(0).rows()).isEmpty();
    }

    @Test
    void aNodeThatMissedAMarkerStillLandsInTheRightSections() {
        // n3 was down during "trace section two": it has markers one and three only.
        Map<String, List<TraceRow>> rows = new Rows()
                .section("n1", 1, "LEAD", "one").section("n2", 1, "FLWR", "one").section("n3", 1, "FLWR", "one")
                .event("n3", 2, "CRSH", "CRASH")
                .section("n1", 10, "LEAD", "two").section("n2", 10, "FLWR", "two")
                .event("n1", 11, "LEAD", "CMD START")
                .section("n1", 20, "LEAD", "three").section("n2", 20, "FLWR", "three")
                .section("n3", 20, "FLWR", "three")
                .event("n3", 21, "FLWR", "RESTART")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).extracting(TraceSection::title).containsExactly("one", "two", "three");
        assertThat(sections).extracting(TraceMergerTest::ops)
                .containsExactly(List.of("CRASH"), List.of("CMD START"), List.of("RESTART"));
        assertThat(sections.get(1).rows().get(0).roles()).containsExactly("LEAD", "FLWR", "CRSH");
    }

    @Test
    void aNodeWithoutAMarkerMovesToALaterSectionByClock() {
        // n2 came up after "trace section two" was given and recorded no marker for it.
        Map<String, List<TraceRow>> rows = new Rows()
                .section("n1", 1, "FLWR", "one").section("n2", 1, "FLWR", "one")
                .event("n2", 3, "FLWR", "early")
                .section("n1", 10, "LEAD", "two")
                .event("n2", 12, "FLWR", "late")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).extracting(TraceMergerTest::ops).containsExactly(List.of("early"), List.of("late"));
    }

    @Test
    void consecutiveSectionsWithTheSameTitleStayApart() {
        Map<String, List<TraceRow>> rows = new Rows()
                .section("n1", 1, "FLWR", "again").section("n2", 1, "FLWR", "again")
                .event("n1", 2, "FLWR", "a")
                .section("n1", 5, "FLWR", "again").section("n2", 5, "FLWR", "again")
                .event("n2", 6, "FLWR", "b")
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2);
        assertThat(sections).extracting(TraceMergerTest::ops).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void toleratesNodesWithNoRowsAndUnknownNodes() {
        Map<String, List<TraceRow>> rows = new LinkedHashMap<>(new Rows()
                .event("n2", 1, "FLWR", "x")
                .event("zz", 1, "LEAD", "stranger")
                .build());
        rows.put("n3", List.of());

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, rows);

        assertThat(sections).hasSize(1);
        MergedRow only = sections.get(0).rows().get(0);
        assertThat(only.nodePosition()).isEqualTo(1);
        assertThat(only.nodeName()).isEqualTo("N-2");
        assertThat(only.roles()).containsExactly("FLWR", "FLWR", "FLWR");
        assertThat(TraceMerger.merge(MEMBERS, Map.of())).isEmpty();
    }

    @Test
    void reproducesTheSeedOrder() {
        List<TraceSection> sections = TraceMerger.merge(SeedSection1.MEMBERS, SeedSection1.rowsByNode());

        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).title()).isEqualTo("Normal election");
        assertThat(sections.get(0).rows()).hasSize(38);
    }

    private static List<String> ops(TraceSection section) {
        return section.rows().stream().map(m -> m.row().op()).toList();
    }
}
