package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CRASHED;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

class RstRendererTest {

    private final TraceRenderer rst = TraceFormat.RST.renderer();

    @Test
    void reproducesSection1OfTheSeedCharacterForCharacter() throws IOException {
        List<TraceSection> sections = TraceMerger.merge(SeedSection1.MEMBERS, SeedSection1.eventsByNode());

        String rendered = rst.render(SeedSection1.MEMBERS, sections);

        assertThat(rendered).isEqualTo(resource("/trace/seed-section-1.rst"));
    }

    @Test
    void numbersHeadingsByTitledSectionAndSeparatesThemByABlankLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events()
                .event("n1", 1, FOLLOWER, NodeEvent.CMD_START)
                .section("n1", 2, FOLLOWER, "First")
                .section("n1", 3, FOLLOWER, "Second")
                .event("n1", 4, LEADER, NodeEvent.NEW_ROLE)
                .build());

        String rendered = rst.render(List.of("n1"), sections);

        assertThat(rendered).isEqualTo("""
                Before the first section
                ========================

                +------+-----------+-------+
                | N-1  | N-1       | N-1   |
                +------+-----------+-------+
                | Role | Op        | Delta |
                +======+===========+=======+
                | FLWR | CMD START |       |
                +------+-----------+-------+

                Section 1: First
                ================

                +------+-----+-------+
                | N-1  | N-1 | N-1   |
                +------+-----+-------+
                | Role | Op  | Delta |
                +======+=====+=======+

                Section 2: Second
                =================

                +------+----------+-------+
                | N-1  | N-1      | N-1   |
                +------+----------+-------+
                | Role | Op       | Delta |
                +======+==========+=======+
                | LEAD | NEW ROLE |       |
                +------+----------+-------+
                """);
    }

    @Test
    void widensColumnsToTheLongestCellAndKeepsPipesInsideCells() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Events()
                .event("n2", 1, CRASHED, Events.marked("odd | op\nwith a break"))
                .build());

        String rendered = rst.render(List.of("n1", "n2"), sections);

        assertThat(rendered).contains("| FLWR |     |       | CRSH | TRIGGER SET mark odd | op with a break |       |");
        assertThat(rendered.lines().filter(l -> l.startsWith("+")).map(String::length).distinct()).hasSize(1);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RstRendererTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
