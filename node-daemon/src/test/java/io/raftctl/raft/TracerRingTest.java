package io.raftctl.raft;

import io.raftctl.trace.TraceNotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracer keeps the newest events, in order, as it grows and once it wraps around. */
class TracerRingTest {

    @Test
    void keepsTheNewestEventsInOrderAcrossGrowthAndWrapAround() {
        Tracer t = new Tracer("n1", 100);
        long[] term = {0};
        t.attach(new Tracer.StateProbe() {
            public long term() {
                return term[0];
            }
        });
        for (int i = 1; i <= 250; i++) {
            term[0] = i / 10; // changes every tenth event
            t.event(i % 2 == 0 ? NodeEvent.CMD_START : NodeEvent.CMD_DONE);
        }
        List<TraceEvent> events = t.events();
        assertThat(events).hasSize(100);
        assertThat(t.droppedEvents()).isEqualTo(150);
        for (int i = 0; i < 100; i++) {
            TraceEvent e = events.get(i);
            int n = 151 + i;
            assertThat(e.event()).isEqualTo(n % 2 == 0 ? NodeEvent.CMD_START : NodeEvent.CMD_DONE);
            assertThat(e.seq()).isEqualTo(n);
            assertThat(e.clock()).isEqualTo(n);
            assertThat(e.delta().term()).isEqualTo(n % 10 == 0 ? Long.valueOf(n / 10) : null);
        }
        t.clear();
        assertThat(t.events()).isEmpty();
        t.event(NodeEvent.CMD_START);
        assertThat(t.events()).extracting(TraceEvent::event).containsExactly(NodeEvent.CMD_START);
    }

    @Test
    void messagesKeptAsNumbersSurviveGrowthAndWrapAround() {
        Tracer t = new Tracer("n1", 70);
        for (int i = 1; i <= 150; i++) {
            t.sent(new Message.AppendEntries("n1", i % 2 == 0 ? "n2" : "n3", 1, i, 1, List.of(), i - 1, 0));
        }
        List<TraceEvent> events = t.events();
        assertThat(events).hasSize(70);
        for (int i = 0; i < 70; i++) {
            int n = 81 + i;
            assertThat(events.get(i).message())
                    .isEqualTo(new TracedMessage.AppendEntries("n1", n % 2 == 0 ? "n2" : "n3", n, 1, n, 1, 0, n - 1));
        }
    }

    @Test
    void messagesAreWrittenWhenRead() {
        Tracer t = new Tracer("n1", 10);
        Message sent = t.sent(new Message.AppendEntries("n1", "n2", 1, 0, 0, List.of(Entry.termStart(1, 1)), 0, 0));
        t.received(new Message.AppendEntriesResponse("n2", "n1", 1, true, 1, 0, 0, 0, 5));
        assertThat(sent.clock()).isEqualTo(1);
        TraceNotation notation = new TraceNotation(List.of("n1", "n2", "n3"));
        assertThat(t.events()).extracting(notation::op)
                .containsExactly("ae+N-2 t-1 i-0 lt-0 e-1 c-0", "N-2+ae_reply ok-True mi-1");
        assertThat(t.events().get(1).clock()).isEqualTo(6);
    }
}
