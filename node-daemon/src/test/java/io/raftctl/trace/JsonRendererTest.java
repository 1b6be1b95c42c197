package io.raftctl.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.raft.TracedMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.trace.Delta.delta;
import static org.assertj.core.api.Assertions.assertThat;

class JsonRendererTest {

    @Test
    void rendersMembersSectionsAndRows() throws Exception {
        TracedMessage preVote = new TracedMessage.PreVoteRequest("n1", "n2", 2, 1, 0, 0);
        List<TraceSection> sections = TraceMerger.merge(List.of("n1", "n2"), new Events()
                .section("n1", 1, FOLLOWER, "Say \"hi\"").section("n2", 1, FOLLOWER, "Say \"hi\"")
                .send(CANDIDATE, preVote)
                .receive(3, FOLLOWER, preVote, delta().t(1))
                .build());

        JsonNode root = new ObjectMapper().readTree(TraceFormat.JSON.renderer().render(List.of("n1", "n2"), sections));

        assertThat(root.get("members").toString()).isEqualTo("[\"n1\",\"n2\"]");
        JsonNode section = root.get("sections").get(0);
        assertThat(section.get("number").asInt()).isEqualTo(1);
        assertThat(section.get("title").asText()).isEqualTo("Say \"hi\"");
        JsonNode receive = section.get("rows").get(1);
        assertThat(receive.toString()).isEqualTo("{\"node\":\"n2\",\"name\":\"N-2\",\"clock\":3,\"kind\":\"RECEIVE\","
                + "\"role\":\"FLWR\",\"op\":\"N-1+p_v_r t-1 li-0 lt-0\",\"delta\":\"t-1\",\"roles\":[\"CNDI\",\"FLWR\"]}");
    }

    @Test
    void rendersAnEmptyTrace() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TraceFormat.JSON.renderer().render(List.of("n1"), List.of()));

        assertThat(root.toString()).isEqualTo("{\"members\":[\"n1\"],\"sections\":[]}");
    }
}
