package io.raftctl.raft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracer keeps the newest rows, in order, as it grows and once it wraps around. */
class TracerRingTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

    @Test
    void keepsTheNewestRowsInOrderAcrossGrowthAndWrapAround() {
        Tracer t = new Tracer("n1", MEMBERS, 100);
        long[] term = {0};
        t.attach(new Tracer.StateProbe() {
            public long term() {
                return term[0];
            }
        });
        for (int i = 1; i <= 250; i++) {
            term[0] = i / 10; // changes every tenth row
            t.event("E" + i);
        }
        List<TraceRow> rows = t.rows();
        assertThat(rows).hasSize(100);
        assertThat(t.droppedRows()).isEqualTo(150);
        for (int i = 0; i < 100; i++) {
            TraceRow r = rows.get(i);
            int n = 151 + i;
            assertThat(r.op()).isEqualTo("E" + n);
            assertThat(r.seq()).isEqualTo(n);
            assertThat(r.clock()).isEqualTo(n);
            assertThat(r.delta()).isEqualTo(n % 10 == 0 ? "t-" + n / 10 : "");
        }
        t.clear();
        assertThat(t.rows()).isEmpty();
        t.event("after");
        assertThat(t.rows()).extracting(TraceRow::op).containsExactly("after");
    }

    @Test
    void messagesAreWrittenWhenRead() {
        Tracer t = new Tracer("n1", MEMBERS, 10);
        Message sent = t.sent(new Message.AppendEntries("n1", "n2", 1, 0, 0, List.of(Entry.termStart(1, 1)), 0, 0));
        t.received(new Message.AppendEntriesResponse("n2", "n1", 1, true, 1, 0, 0, 0, 5));
        assertThat(sent.clock()).isEqualTo(1);
        assertThat(t.rows()).extracting(TraceRow::op)
                .containsExactly("ae+N-2 t-1 i-0 lt-0 e-1 c-0", "N-2+ae_reply ok-True mi-1");
        assertThat(t.rows().get(1).clock()).isEqualTo(6);
    }
}
