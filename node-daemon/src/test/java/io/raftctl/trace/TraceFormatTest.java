package io.raftctl.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceFormatTest {

    @Test
    void parsesEveryFormatNameCaseInsensitively() {
        for (TraceFormat f : TraceFormat.values()) {
            assertThat(TraceFormat.parse(f.formatName())).isEqualTo(f);
            assertThat(TraceFormat.parse(f.formatName().toUpperCase())).isEqualTo(f);
        }
        assertThat(TraceFormat.names()).isEqualTo("table, rst, md, csv, json, puml");
        assertThat(TraceFormat.DEFAULT).isEqualTo(TraceFormat.TABLE);
    }

    @Test
    void rejectsAnUnknownNameInOneSentence() {
        assertThatThrownBy(() -> TraceFormat.parse("html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown trace format 'html' (expected one of table, rst, md, csv, json, puml)");
    }

    @Test
    void everyRendererHandlesAnEmptyTraceAndTheSeed() {
        List<TraceSection> seed = TraceMerger.merge(SeedSection1.MEMBERS, SeedSection1.eventsByNode());
        for (TraceFormat f : TraceFormat.values()) {
            TraceRenderer r = f.renderer();
            assertThat(r.render(SeedSection1.MEMBERS, List.of())).as(f.formatName()).isNotNull();
            assertThat(r.render(SeedSection1.MEMBERS, seed)).as(f.formatName()).contains("Normal election").endsWith("\n");
        }
    }
}
