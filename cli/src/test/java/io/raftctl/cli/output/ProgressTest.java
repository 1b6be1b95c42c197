package io.raftctl.cli.output;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(long total, boolean terminal, boolean json) {
        return new Progress("starting raftd", total, new PrintWriter(out, true), new PrintWriter(err, true), terminal, json,
                false, now::get);
    }

    @Test
    void onATerminalALiveLineIsRedrawnBelowTheLinesThatStay() {
        try (Progress p = progress(3, true, false)) {
            assertThat(out.toString()).isEqualTo("\rstarting raftd [>                       ] 0/3  0ms\u001b[K");
            now.addAndGet(1_500_000_000L);
            p.detail("waiting for n1 n2 n3");
            p.step("n1 is up");
        }
        String shown = out.toString();
        // The live line is erased before the lasting line, drawn again under it, and erased at the end.
        assertThat(shown).contains("\r\u001b[2Kn1 is up\n\rstarting raftd [========>               ] 1/3  1.5s  waiting for n1 n2 n3\u001b[K");
        assertThat(shown).endsWith("\r\u001b[2K");
        assertThat(visible(shown)).isEqualTo("n1 is up\n");
    }

    @Test
    void offATerminalOnlyTheLinesArePrinted() {
        try (Progress p = progress(3, false, false)) {
            p.detail("waiting for n1 n2 n3");
            p.step("n1 is up");
            p.step(null);
            p.note("n2 is slow");
        }
        assertThat(out.toString()).isEqualTo("n1 is up\nn2 is slow\n");
    }

    @Test
    void offATerminalSilentProgressIsAPlainLineEveryTenPercent() {
        try (Progress p = progress(1000, false, false)) {
            for (int i = 0; i < 1000; i++) p.advance(1);
        }
        assertThat(out.toString().lines()).hasSize(10).first().isEqualTo("starting raftd: 10% (100/1000)");
        assertThat(out.toString().lines().toList()).last().isEqualTo("starting raftd: 100% (1000/1000)");
    }

    @Test
    void withJsonOutputNothingIsPrinted() {
        try (Progress p = progress(3, true, true)) {
            p.step("n1 is up");
            p.advance(2);
            p.note("note");
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void otherOutputGoesAboveTheLiveLine() {
        try (Progress p = progress(0, true, false)) {
            p.out().print("> elect n1");
            p.out().println();
            p.err().println("warning: n3 is unreachable");
        }
        assertThat(visible(out.toString())).isEqualTo("> elect n1\n");
        assertThat(err.toString()).isEqualTo("warning: n3 is unreachable\n");
        // Unknown total: a spinner and a count, no bar.
        assertThat(out.toString()).contains("starting raftd | 0  0ms").doesNotContain("[>").doesNotContain("0/");
    }

    @Test
    void theLiveLineFitsEightyColumns() {
        Progress p = progress(5, true, false);
        p.detail("x".repeat(200));
        assertThat(p.line()).hasSize(79).endsWith("...");
    }

    /** What stays on screen: text after the last carriage return of each line, live lines erased. */
    private static String visible(String raw) {
        StringBuilder b = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String kept = line.substring(line.lastIndexOf('\r') + 1).replace("\u001b[2K", "").replace("\u001b[K", "");
            b.append(kept).append('\n');
        }
        return b.toString().replaceAll("\n+$", "\n").replaceAll("^\n", "");
    }
}
