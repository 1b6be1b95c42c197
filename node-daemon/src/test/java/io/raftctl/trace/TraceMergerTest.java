package io.raftctl.trace;

import io.raftctl.raft.Message;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.Tracer;
import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.CRASHED;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static io.raftctl.trace.Events.marked;
import static org.assertj.core.api.Assertions.assertThat;

class TraceMergerTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

    @Test
    void ordersByClockThenNodePositionThenSeq() {
        Map<String, List<TraceEvent>> events = new Events()
                .event("n3", 1, FOLLOWER, marked("c1"))
                .event("n1", 2, FOLLOWER, marked("a2"))
                .event("n1", 3, FOLLOWER, marked("a3"))
                .event("n2", 1, FOLLOWER, marked("b1"))
                .event("n2", 4, FOLLOWER, marked("b4"))
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).hasSize(1);
        assertThat(marks(sections.get(0))).containsExactly("b1", "c1", "a2", "a3", "b4");
    }

    @Test
    void tiesOnClockGoByNodePositionThenSeq() {
        Map<String, List<TraceEvent>> events = new Events()
                .event("n2", 5, FOLLOWER, marked("b"))
                .event("n1", 5, FOLLOWER, marked("a"))
                .event("n1", 5, FOLLOWER, marked("a2"))
                .build();

        assertThat(marks(TraceMerger.merge(MEMBERS, events).get(0))).containsExactly("a", "a2", "b");
    }

    @Test
    void aReceiveNeverComesBeforeItsSendWithLamportClocks() {
        Random random = new Random(42);
        Map<String, Tracer> tracers = new LinkedHashMap<>();
        MEMBERS.forEach(id -> tracers.put(id, new Tracer(id)));
        List<Message> inFlight = new ArrayList<>();
        for (int step = 0; step < 500; step++) {
            boolean deliver = !inFlight.isEmpty() && random.nextBoolean();
            if (deliver) {
                Message m = inFlight.remove(random.nextInt(inFlight.size()));
                tracers.get(m.to()).received(m);
            } else {
                String from = MEMBERS.get(random.nextInt(3));
                String to = MEMBERS.get((MEMBERS.indexOf(from) + 1 + random.nextInt(2)) % 3);
                inFlight.add(tracers.get(from).sent(new Message.AppendEntries(from, to, 1, 0, 0, List.of(), 0, 0)));
            }
            if (random.nextInt(40) == 0) tracers.get(MEMBERS.get(random.nextInt(3))).event(NodeEvent.CMD_START);
        }
        Map<String, List<TraceEvent>> events = new LinkedHashMap<>();
        tracers.forEach((id, t) -> events.put(id, t.events()));

        List<MergedRow> merged = TraceMerger.merge(MEMBERS, events).get(0).rows();

        Map<String, Integer> sendIndex = new HashMap<>();
        int receives = 0;
        for (int i = 0; i < merged.size(); i++) {
            TraceEvent e = merged.get(i).event();
            if (!e.isMessage()) continue;
            TracedMessage m = e.message();
            String id = m.from() + "@" + m.clock(); // a message's identity: its sender and the sender's clock
            if (e.kind() == TraceEvent.Kind.SEND) assertThat(sendIndex.put(id, i)).as("one send per id").isNull();
            if (e.kind() == TraceEvent.Kind.RECEIVE) {
                assertThat(sendIndex).as("send of %s before its receive", id).containsKey(id);
                receives++;
            }
        }
        assertThat(receives).isGreaterThan(100);
    }

    @Test
    void everyRowCarriesEveryNodesCurrentRole() {
        Map<String, List<TraceEvent>> events = new Events()
                .event("n1", 1, CANDIDATE, NodeEvent.NEW_ROLE)
                .event("n2", 2, FOLLOWER, NodeEvent.CMD_START)
                .event("n1", 3, LEADER, NodeEvent.NEW_ROLE)
                .event("n3", 4, CRASHED, NodeEvent.CRASH)
                .build();

        List<MergedRow> merged = TraceMerger.merge(MEMBERS, events).get(0).rows();

        assertThat(merged).extracting(MergedRow::roles).containsExactly(
                List.of(CANDIDATE, FOLLOWER, FOLLOWER),
                List.of(CANDIDATE, FOLLOWER, FOLLOWER),
                List.of(LEADER, FOLLOWER, FOLLOWER),
                List.of(LEADER, FOLLOWER, CRASHED));
    }

    @Test
    void rolesCarryAcrossSections() {
        Map<String, List<TraceEvent>> events = new Events()
                .section("n1", 1, FOLLOWER, "one").section("n2", 1, FOLLOWER, "one").section("n3", 1, FOLLOWER, "one")
                .event("n1", 2, LEADER, NodeEvent.NEW_ROLE)
                .section("n1", 10, LEADER, "two").section("n2", 10, FOLLOWER, "two").section("n3", 10, FOLLOWER, "two")
                .event("n2", 11, FOLLOWER, NodeEvent.CMD_START)
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2);
        assertThat(sections.get(1).rows().get(0).roles()).containsExactly(LEADER, FOLLOWER, FOLLOWER);
    }

    @Test
    void aSectionMarkerTellsTheRoleOfANodeWhoseEarlierRowsAreGone() {
        // n1 was leader before "trace clear"; its marker still says so.
        Map<String, List<TraceEvent>> events = new Events()
                .section("n1", 50, LEADER, "after clear").section("n2", 50, FOLLOWER, "after clear")
                .receive(52, FOLLOWER, new TracedMessage.AppendEntries("n1", "n2", 49, 1, 3, 1, 0, 3))
                .build();

        MergedRow first = TraceMerger.merge(MEMBERS, events).get(0).rows().get(0);

        assertThat(first.roles()).containsExactly(LEADER, FOLLOWER, FOLLOWER);
    }

    @Test
    void splitsAtMarkersAndTakesTitlesFromThem() {
        Map<String, List<TraceEvent>> events = new Events()
                .event("n1", 1, FOLLOWER, marked("before"))
                .section("n1", 5, FOLLOWER, "Normal election").section("n2", 5, FOLLOWER, "Normal election")
                .event("n2", 6, FOLLOWER, marked("in one"))
                .section("n1", 9, FOLLOWER, "Crash").section("n2", 9, FOLLOWER, "Crash")
                .event("n1", 10, FOLLOWER, marked("in two"))
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).extracting(TraceSection::number).containsExactly(0, 1, 2);
        assertThat(sections).extracting(TraceSection::title).containsExactly("", "Normal election", "Crash");
        assertThat(sections).extracting(TraceMergerTest::marks)
                .containsExactly(List.of("before"), List.of("in one"), List.of("in two"));
        assertThat(sections.get(0).heading()).isEqualTo("Before the first section");
        assertThat(sections.get(2).heading()).isEqualTo("Section 2: Crash");
    }

    @Test
    void omitsAnEmptyUntitledSectionButKeepsEmptyTitledOnes() {
        Map<String, List<TraceEvent>> events = new Events()
                .section("n1", 1, FOLLOWER, "quiet")
                .section("n1", 2, FOLLOWER, "busy")
                .event("n1", 3, FOLLOWER, marked("x"))
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2);
        assertThat(sections.get(0).rows()).isEmpty();
    }

    @Test
    void aNodeThatMissedAMarkerStillLandsInTheRightSections() {
        // n3 was down during "trace section two": it has markers one and three only.
        Map<String, List<TraceEvent>> events = new Events()
                .section("n1", 1, LEADER, "one").section("n2", 1, FOLLOWER, "one").section("n3", 1, FOLLOWER, "one")
                .event("n3", 2, CRASHED, NodeEvent.CRASH)
                .section("n1", 10, LEADER, "two").section("n2", 10, FOLLOWER, "two")
                .event("n1", 11, LEADER, NodeEvent.CMD_START)
                .section("n1", 20, LEADER, "three").section("n2", 20, FOLLOWER, "three")
                .section("n3", 20, FOLLOWER, "three")
                .event("n3", 21, FOLLOWER, NodeEvent.RESTART)
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).extracting(TraceSection::title).containsExactly("one", "two", "three");
        assertThat(sections).extracting(TraceMergerTest::types).containsExactly(
                List.of(NodeEvent.Type.CRASH), List.of(NodeEvent.Type.CMD_START), List.of(NodeEvent.Type.RESTART));
        assertThat(sections.get(1).rows().get(0).roles()).containsExactly(LEADER, FOLLOWER, CRASHED);
    }

    @Test
    void aNodeWithoutAMarkerMovesToALaterSectionByClock() {
        // n2 came up after "trace section two" was given and recorded no marker for it.
        Map<String, List<TraceEvent>> events = new Events()
                .section("n1", 1, FOLLOWER, "one").section("n2", 1, FOLLOWER, "one")
                .event("n2", 3, FOLLOWER, marked("early"))
                .section("n1", 10, LEADER, "two")
                .event("n2", 12, FOLLOWER, marked("late"))
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).extracting(TraceMergerTest::marks).containsExactly(List.of("early"), List.of("late"));
    }

    @Test
    void consecutiveSectionsWithTheSameTitleStayApart() {
        Map<String, List<TraceEvent>> events = new Events()
                .section("n1", 1, FOLLOWER, "again").section("n2", 1, FOLLOWER, "again")
                .event("n1", 2, FOLLOWER, marked("a"))
                .section("n1", 5, FOLLOWER, "again").section("n2", 5, FOLLOWER, "again")
                .event("n2", 6, FOLLOWER, marked("b"))
                .build();

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2);
        assertThat(sections).extracting(TraceMergerTest::marks).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void toleratesNodesWithNoRowsAndUnknownNodes() {
        Map<String, List<TraceEvent>> events = new LinkedHashMap<>(new Events()
                .event("n2", 1, FOLLOWER, marked("x"))
                .event("zz", 1, LEADER, marked("stranger"))
                .build());
        events.put("n3", List.of());

        List<TraceSection> sections = TraceMerger.merge(MEMBERS, events);

        assertThat(sections).hasSize(1);
        MergedRow only = sections.get(0).rows().get(0);
        assertThat(only.nodePosition()).isEqualTo(1);
        assertThat(only.nodeName()).isEqualTo("N-2");
        assertThat(only.roles()).containsExactly(FOLLOWER, FOLLOWER, FOLLOWER);
        assertThat(TraceMerger.merge(MEMBERS, Map.of())).isEmpty();
    }

    @Test
    void reproducesTheSeedOrder() {
        List<TraceSection> sections = TraceMerger.merge(SeedSection1.MEMBERS, SeedSection1.eventsByNode());

        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).title()).isEqualTo("Normal election");
        assertThat(sections.get(0).rows()).hasSize(38);
        assertThat(sections.get(0).rows()).extracting(m -> m.event().clock()).isSorted();
    }

    private static List<String> marks(TraceSection section) {
        return section.rows().stream().map(Events::mark).toList();
    }

    private static List<NodeEvent.Type> types(TraceSection section) {
        return section.rows().stream().map(m -> m.event().event().type()).toList();
    }
}
