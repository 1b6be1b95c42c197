package io.raftctl.trace;

import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.trace.Delta.delta;
import static org.assertj.core.api.Assertions.assertThat;

class TableRendererTest {

    private final TraceRenderer table = TraceFormat.TABLE.renderer();

    @Test
    void showsRolesThenTheActingNodesOpAndDeltaAlignedUnderAHeading() {
        TracedMessage preVote = new TracedMessage.PreVoteRequest("n1", "n2", 2, 1, 0, 0);
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Events()
                .section("n1", 1, FOLLOWER, "Normal election").section("n2", 1, FOLLOWER, "Normal election")
                .send(CANDIDATE, preVote)
                .receive(3, FOLLOWER, preVote, delta().t(1))
                .build());

        assertThat(table.render(List.of("n1", "n2"), sections)).isEqualTo("""
                == Section 1: Normal election ==
                N-1   N-2   NODE  OP                       DELTA
                CNDI  FLWR  N-1   p_v_r+N-2 t-1 li-0 lt-0
                CNDI  FLWR  N-2   N-1+p_v_r t-1 li-0 lt-0  t-1
                """);
    }

    @Test
    void fitsAHundredColumnsForFiveNodesWithTheSeedsOps() {
        List<String> five = List.of("n1", "n2", "n3", "n4", "n5");
        List<TraceSection> sections = TraceMerger.merge(five, new Events()
                .receive(1, FOLLOWER, new TracedMessage.AppendEntries("n1", "n5", 1, 12, 104, 12, 64, 100),
                        delta().lt(12).li(168).ci(100))
                .build());

        assertThat(table.render(five, sections).lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void marksEmptySectionsAndAnEmptyTrace() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events().section("n1", 1, FOLLOWER, "Quiet").build());

        assertThat(table.render(List.of("n1"), sections)).isEqualTo("== Section 1: Quiet ==\n(no rows)\n");
        assertThat(table.render(List.of("n1"), List.of())).isEqualTo("(no trace rows)\n");
    }

    @Test
    void keepsEveryRowOnOneLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events()
                .section("n1", 1, FOLLOWER, "two\nlines")
                .event("n1", 2, FOLLOWER, Events.marked("CMD\r\nSTART"))
                .build());

        assertThat(table.render(List.of("n1"), sections).lines()).containsExactly("== Section 1: two lines ==",
                "N-1   NODE  OP                          DELTA", "FLWR  N-1   TRIGGER SET mark CMD START");
    }
}
