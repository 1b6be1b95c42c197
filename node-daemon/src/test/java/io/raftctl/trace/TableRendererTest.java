package io.raftctl.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableRendererTest {

    private final TraceRenderer table = TraceFormat.TABLE.renderer();

    @Test
    void showsRolesThenTheActingNodesOpAndDeltaAlignedUnderAHeading() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Rows()
                .section("n1", 1, "FLWR", "Normal election").section("n2", 1, "FLWR", "Normal election")
                .send("n1", 2, "CNDI", "p_v_r+N-2 t-1 li-0 lt-0")
                .receive("n2", 3, "FLWR", "N-1+p_v_r t-1 li-0 lt-0", "t-1")
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
        List<TraceSection> sections = TraceMerger.merge(five, new Rows()
                .receive("n5", 1, "FLWR", "N-1+ae t-12 i-104 lt-12 e-64 c-100", "lt-12 li-168 ci-100")
                .build());

        assertThat(table.render(five, sections).lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void marksEmptySectionsAndAnEmptyTrace() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Rows().section("n1", 1, "FLWR", "Quiet").build());

        assertThat(table.render(List.of("n1"), sections)).isEqualTo("== Section 1: Quiet ==\n(no rows)\n");
        assertThat(table.render(List.of("n1"), List.of())).isEqualTo("(no trace rows)\n");
    }

    @Test
    void keepsEveryRowOnOneLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Rows()
                .section("n1", 1, "FLWR", "two\nlines")
                .event("n1", 2, "FLWR", "CMD\r\nSTART")
                .build());

        assertThat(table.render(List.of("n1"), sections).lines())
                .containsExactly("== Section 1: two lines ==", "N-1   NODE  OP         DELTA", "FLWR  N-1   CMD START");
    }
}
