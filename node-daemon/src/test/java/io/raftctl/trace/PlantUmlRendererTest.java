package io.raftctl.trace;

import io.raftctl.raft.TraceRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlantUmlRendererTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    private final TraceRenderer puml = TraceFormat.PUML.renderer();

    @Test
    void drawsParticipantsDividersPairedMessagesAndEventNotes() {
        List<TraceSection> sections = TraceMerger.merge(MEMBERS, new Rows()
                .section("n1", 1, "FLWR", "Election").section("n2", 1, "FLWR", "Election")
                .section("n3", 1, "FLWR", "Election")
                .event("n1", 2, "CNDI", "NEW ROLE")
                .send("n1", 3, "CNDI", "poll+N-2 t-1 li-0 lt-0")
                .send("n1", 4, "CNDI", "poll+N-3 t-1 li-0 lt-0")
                .receive("n2", 4, "FLWR", "N-1+poll t-1 li-0 lt-0", "t-1")
                .send("n2", 5, "FLWR", "vote+N-1 yes-True")
                .receive("n1", 6, "LEAD", "N-2+vote yes-True", "t-1")
                .event("n1", 7, "LEAD", "NEW ROLE")
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
    void pairsTheSeedsAeReplyWrittenWithTheRepliersOwnName() {
        List<TraceSection> sections = TraceMerger.merge(MEMBERS, new Rows()
                .send("n2", 1, "FLWR", "N-2+ae_reply ok-True mi-1")
                .send("n3", 1, "FLWR", "N-3+ae_reply ok-True mi-1")
                .receive("n1", 2, "LEAD", "N-2+ae_reply ok-True mi-1", "ci-1")
                .build());

        assertThat(puml.render(MEMBERS, sections)).contains("""
                == Before the first section ==
                n3 ->x] : ae_reply ok-True mi-1
                n2 -> n1 : ae_reply ok-True mi-1
                hnote over n1 : ci-1
                @enduml
                """);
    }

    @Test
    void drawsAReceiveWithoutItsSendFromTheSenderNamedInTheOp() {
        List<TraceSection> sections = TraceMerger.merge(MEMBERS, new Rows()
                .receive("n2", 9, "FLWR", "N-1+ae t-1 i-2 lt-1 e-0 c-2", "ci-2")
                .build());

        assertThat(puml.render(MEMBERS, sections)).contains("n1 -> n2 : ae t-1 i-2 lt-1 e-0 c-2\n");
    }

    @Test
    void pairsIdenticalMessagesOldestFirstAcrossSections() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Rows()
                .section("n1", 1, "LEAD", "one").section("n2", 1, "FLWR", "one")
                .send("n1", 2, "LEAD", "ae+N-2 t-1 i-3 lt-1 e-0 c-3")
                .send("n1", 3, "LEAD", "ae+N-2 t-1 i-3 lt-1 e-0 c-3")
                .section("n1", 10, "LEAD", "two").section("n2", 10, "FLWR", "two")
                .receive("n2", 11, "FLWR", "N-1+ae t-1 i-3 lt-1 e-0 c-3", "")
                .build());

        String[] lines = puml.render(List.of("n1", "n2"), sections).split("\n");

        assertThat(lines).containsSubsequence(
                "== Section 1: one ==",
                "n1 ->x n2 : ae t-1 i-3 lt-1 e-0 c-3",
                "== Section 2: two ==",
                "n1 -> n2 : ae t-1 i-3 lt-1 e-0 c-3",
                "@enduml");
    }

    @Test
    void showsTheDeltaOfAPairedSendWhereItWasSent() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Rows()
                .add("n1", 1, TraceRow.Kind.SEND, "LEAD", "ae+N-2 t-1 i-1 lt-1 e-1 c-1", "li-2")
                .receive("n2", 2, "FLWR", "N-1+ae t-1 i-1 lt-1 e-1 c-1", "li-2")
                .build());

        assertThat(puml.render(List.of("n1", "n2"), sections)).contains("""
                hnote over n1 : li-2
                n1 -> n2 : ae t-1 i-1 lt-1 e-1 c-1
                hnote over n2 : li-2
                """);
    }

    @Test
    void keepsEventsAndOddTitlesOnOneLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Rows()
                .section("n1", 1, "FLWR", "a == b\nc")
                .event("n1", 2, "CRSH", "CRASH")
                .build());

        assertThat(puml.render(List.of("n1"), sections))
                .contains("== Section 1: a = = b c ==\nnote over n1: CRASH\n");
    }
}
