package io.raftctl.trace;

import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.trace.Delta.delta;
import static org.assertj.core.api.Assertions.assertThat;

class CsvRendererTest {

    private final TraceRenderer csv = TraceFormat.CSV.renderer();

    @Test
    void writesAHeaderAndOneRecordPerRowWithCrlf() {
        TracedMessage preVote = new TracedMessage.PreVoteRequest("n1", "n2", 2, 1, 0, 0);
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Events()
                .section("n1", 1, FOLLOWER, "Normal election").section("n2", 1, FOLLOWER, "Normal election")
                .send(CANDIDATE, preVote)
                .receive(3, FOLLOWER, preVote, delta().t(1))
                .build());

        assertThat(csv.render(List.of("n1", "n2"), sections)).isEqualTo(
                "section,title,clock,node,role,op,delta,role_N-1,role_N-2\r\n"
                        + "1,Normal election,2,N-1,CNDI,p_v_r+N-2 t-1 li-0 lt-0,,CNDI,FLWR\r\n"
                        + "1,Normal election,3,N-2,FLWR,N-1+p_v_r t-1 li-0 lt-0,t-1,CNDI,FLWR\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        List<TraceSection> sections = TraceMerger.merge(List.of("n1"), new Events()
                .section("n1", 1, FOLLOWER, "crash, then \"restart\"")
                .event("n1", 2, FOLLOWER, Events.marked("two\nlines"))
                .build());

        String record = csv.render(List.of("n1"), sections).split("\r\n", 2)[1];

        assertThat(record).isEqualTo("1,\"crash, then \"\"restart\"\"\",2,N-1,FLWR,\"TRIGGER SET mark two\nlines\",,FLWR\r\n");
    }

    @Test
    void writesOnlyTheHeaderForAnEmptyTrace() {
        assertThat(csv.render(List.of("n1"), List.of())).isEqualTo("section,title,clock,node,role,op,delta,role_N-1\r\n");
    }
}
