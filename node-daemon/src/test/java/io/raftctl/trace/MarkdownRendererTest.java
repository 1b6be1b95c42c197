package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.trace.Delta.delta;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final TraceRenderer md = TraceFormat.MD.renderer();

    @Test
    void rendersAHeadingAndAPipeTableWithTheSeedsColumns() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Events()
                .section("n1", 1, FOLLOWER, "Normal election").section("n2", 1, FOLLOWER, "Normal election")
                .event("n1", 2, CANDIDATE, NodeEvent.NEW_ROLE)
                .receive(3, FOLLOWER, new TracedMessage.VoteRequest("n1", "n2", 1, 1, 0, 1), delta().t(1))
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
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events()
                .section("n1", 1, FOLLOWER, "a | b")
                .event("n1", 2, FOLLOWER, Events.marked("x|y\\z\nw"))
                .build());

        String rendered = md.render(List.of("n1"), sections);

        assertThat(rendered).startsWith("### Section 1: a \\| b\n");
        assertThat(rendered).contains("| FLWR | TRIGGER SET mark x\\|y\\\\z w |  |");
    }

    @Test
    void separatesSectionsByABlankLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events()
                .section("n1", 1, FOLLOWER, "one").section("n1", 2, FOLLOWER, "two").build());

        assertThat(md.render(List.of("n1"), sections))
                .contains("| --- | --- | --- |\n\n### Section 2: two\n");
    }
}
