package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.TracedMessage;
import io.raftctl.raft.TracedMessage.AppendEntries;
import io.raftctl.raft.TracedMessage.AppendEntriesResponse;
import io.raftctl.raft.TracedMessage.VoteRequest;
import io.raftctl.raft.TracedMessage.VoteResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.CRASHED;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static io.raftctl.trace.Delta.delta;
import static org.assertj.core.api.Assertions.assertThat;

class PlantUmlRendererTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    private static final List<String> TWO = List.of("n1", "n2");
    private final TraceRenderer puml = TraceFormat.PUML.renderer();

    @Test
    void drawsParticipantsDividersPairedMessagesAndEventNotes() {
        TracedMessage poll2 = new VoteRequest("n1", "n2", 3, 1, 0, 0);
        TracedMessage poll3 = new VoteRequest("n1", "n3", 4, 1, 0, 0);
        TracedMessage vote = new VoteResponse("n2", "n1", 5, 1, true);
        List<TraceSection> sections = TraceMerger.merge(MEMBERS, new Events()
                .section("n1", 1, FOLLOWER, "Election").section("n2", 1, FOLLOWER, "Election")
                .section("n3", 1, FOLLOWER, "Election")
                .event("n1", 2, CANDIDATE, NodeEvent.NEW_ROLE)
                .send(CANDIDATE, poll2)
                .send(CANDIDATE, poll3)
                .receive(4, FOLLOWER, poll2, delta().t(1))
                .send(FOLLOWER, vote)
                .receive(6, LEADER, vote, delta().t(1))
                .event("n1", 7, LEADER, NodeEvent.NEW_ROLE)
                .build());

        assertThat(puml.render(MEMBERS, sections)).isEqualTo("""
                @startuml
                participant "N-1 (n1)" as n1
                participant "N-2 (n2)" as n2
                participant "N-3 (n3)" as n3
                == Section 1: Election ==
                note over n1: NEW ROLE CNDI
                n1 ->x n3 : poll t-1 li-0 lt-0
                n1 -> n2 : poll t-1 li-0 lt-0
                hnote over n2 : t-1
                n2 -> n1 : vote yes-True
                hnote over n1 : t-1
                note over n1: NEW ROLE LEAD
                @enduml
                """);
    }

    @Test
    void drawsALostAeReplyToItsAddresseeThoughItsOpNamesOnlyTheReplier() {
        TracedMessage fromN2 = new AppendEntriesResponse("n2", "n1", 1, 1, true, 1);
        TracedMessage fromN3 = new AppendEntriesResponse("n3", "n1", 1, 1, true, 1);
        List<TraceSection> sections = TraceMerger.merge(MEMBERS, new Events()
                .send(FOLLOWER, fromN2)
                .send(FOLLOWER, fromN3)
                .receive(2, LEADER, fromN2, delta().ci(1))
                .build());

        assertThat(puml.render(MEMBERS, sections)).contains("""
                == Before the first section ==
                n3 ->x n1 : ae_reply ok-True mi-1
                n2 -> n1 : ae_reply ok-True mi-1
                hnote over n1 : ci-1
                @enduml
                """);
    }

    @Test
    void drawsAReceiveWithoutItsSendFromItsSender() {
        List<TraceSection> sections = TraceMerger.merge(MEMBERS, new Events()
                .receive(9, FOLLOWER, new AppendEntries("n1", "n2", 8, 1, 2, 1, 0, 2), delta().ci(2))
                .build());

        assertThat(puml.render(MEMBERS, sections)).contains("n1 -> n2 : ae t-1 i-2 lt-1 e-0 c-2\n");
    }

    @Test
    void pairsAReceiveWithTheSendOfItsClockNotWithTheFirstOfTheSameContent() {
        // Two identical heartbeats; only the second arrives, in a later section. The first is the lost one.
        TracedMessage first = new AppendEntries("n1", "n2", 2, 1, 3, 1, 0, 3);
        TracedMessage second = new AppendEntries("n1", "n2", 11, 1, 3, 1, 0, 3);
        List<TraceSection> sections = TraceMerger.merge(TWO, new Events()
                .section("n1", 1, LEADER, "one").section("n2", 1, FOLLOWER, "one")
                .send(LEADER, first)
                .section("n1", 10, LEADER, "two").section("n2", 10, FOLLOWER, "two")
                .send(LEADER, second)
                .section("n1", 20, LEADER, "three").section("n2", 20, FOLLOWER, "three")
                .receive(21, FOLLOWER, second)
                .build());

        assertThat(puml.render(TWO, sections)).contains("""
                == Section 1: one ==
                n1 ->x n2 : ae t-1 i-3 lt-1 e-0 c-3
                == Section 2: two ==
                == Section 3: three ==
                n1 -> n2 : ae t-1 i-3 lt-1 e-0 c-3
                @enduml
                """);
    }

    @Test
    void drawsADuplicatedMessageAtEachOfItsReceives() {
        TracedMessage heartbeat = new AppendEntries("n1", "n2", 2, 1, 3, 1, 0, 3);
        List<TraceSection> sections = TraceMerger.merge(TWO, new Events()
                .send(LEADER, heartbeat)
                .receive(3, FOLLOWER, heartbeat)
                .receive(4, FOLLOWER, heartbeat)
                .build());

        assertThat(puml.render(TWO, sections)).endsWith("""
                == Before the first section ==
                n1 -> n2 : ae t-1 i-3 lt-1 e-0 c-3
                n1 -> n2 : ae t-1 i-3 lt-1 e-0 c-3
                @enduml
                """);
    }

    @Test
    void showsTheDeltaOfAPairedSendWhereItWasSent() {
        TracedMessage append = new AppendEntries("n1", "n2", 1, 1, 1, 1, 1, 1);
        List<TraceSection> sections = TraceMerger.merge(TWO, new Events()
                .send(LEADER, append, delta().li(2))
                .receive(2, FOLLOWER, append, delta().li(2))
                .build());

        assertThat(puml.render(TWO, sections)).contains("""
                hnote over n1 : li-2
                n1 -> n2 : ae t-1 i-1 lt-1 e-1 c-1
                hnote over n2 : li-2
                """);
    }

    @Test
    void keepsEventsAndOddTitlesOnOneLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events()
                .section("n1", 1, FOLLOWER, "a == b\nc")
                .event("n1", 2, CRASHED, NodeEvent.CRASH)
                .event("n1", 2, CRASHED, Events.marked("two\nlines"))
                .build());

        assertThat(puml.render(List.of("n1"), sections))
                .contains("== Section 1: a = = b c ==\nnote over n1: CRASH\nnote over n1: TRIGGER SET mark two lines\n");
    }
}
