package io.raftctl.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final TraceRenderer md = TraceFormat.MD.renderer();

    @Test
    void rendersAHeadingAndAPipeTableWithTheSeedsColumns() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Rows()
                .section("n1", 1, "FLWR", "Normal election").section("n2", 1, "FLWR", "Normal election")
                .event("n1", 2, "CNDI", "NEW ROLE")
                .receive("n2", 3, "FLWR", "N-1+poll t-1 li-0 lt-1", "t-1")
                .build());

        assertThat(md.render(List.of("n1", "n2"), sections)).isEqualTo("""
                ### Section 1: Normal election

                | N-1 Role | N-1 Op | N-1 Delta | N-2 Role | N-2 Op | N-2 Delta |
                | --- | --- | --- | --- | --- | --- |
                | CNDI | NEW ROLE |  | FLWR |  |  |
                | CNDI |  |  | FLWR | N-1+poll t-1 li-0 lt-1 | t-1 |
                """);
    }

    @Test
    void escapesPipesAndBackslashesAndJoinsLines() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Rows()
                .section("n1", 1, "FLWR", "a | b")
                .event("n1", 2, "FLWR", "x|y\\z\nw")
                .build());

        String rendered = md.render(List.of("n1"), sections);

        assertThat(rendered).startsWith("### Section 1: a \\| b\n");
        assertThat(rendered).contains("| FLWR | x\\|y\\\\z w |  |");
    }

    @Test
    void separatesSectionsByABlankLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Rows()
                .section("n1", 1, "FLWR", "one").section("n1", 2, "FLWR", "two").build());

        assertThat(md.render(List.of("n1"), sections))
                .contains("| --- | --- | --- |\n\n### Section 2: two\n");
    }
}
