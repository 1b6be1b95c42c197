package io.raftctl.trace;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RstRendererTest {

    private final TraceRenderer rst = TraceFormat.RST.renderer();

    @Test
    void reproducesSection1OfTheSeedCharacterForCharacter() throws IOException {
        List<TraceSection> sections = TraceMerger.merge(SeedSection1.MEMBERS, SeedSection1.rowsByNode());

        String rendered = rst.render(SeedSection1.MEMBERS, sections);

        assertThat(rendered).isEqualTo(resource("/trace/seed-section-1.rst"));
    }

    @Test
    void numbersHeadingsByTitledSectionAndSeparatesThemByABlankLine() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Rows()
                .event("n1", 1, "FLWR", "early")
                .section("n1", 2, "FLWR", "First")
                .section("n1", 3, "FLWR", "Second")
                .event("n1", 4, "LEAD", "NEW ROLE")
                .build());

        String rendered = rst.render(List.of("n1"), sections);

        assertThat(rendered).isEqualTo("""
                Before the first section
                ========================

                +------+-------+-------+
                | N-1  | N-1   | N-1   |
                +------+-------+-------+
                | Role | Op    | Delta |
                +======+=======+=======+
                | FLWR | early |       |
                +------+-------+-------+

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
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Rows()
                .event("n2", 1, "CRSH", "odd | op\nwith a break")
                .build());

        String rendered = rst.render(List.of("n1", "n2"), sections);

        assertThat(rendered).contains("| FLWR |     |       | CRSH | odd | op with a break |       |");
        assertThat(rendered.lines().filter(l -> l.startsWith("+")).map(String::length).distinct()).hasSize(1);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RstRendererTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
