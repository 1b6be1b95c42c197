package io.raftctl.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvents;
import io.raftctl.raft.TracedMessage;
import io.raftctl.sim.SimCluster;
import io.raftctl.statemachine.Trigger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trace events go over the admin API as data and come back as the same events. */
class TraceEventMappingTest {

    private static final ObjectMapper READER = new ObjectMapper();

    /** A run that records every kind of message, event, role and delta field. */
    private static SimCluster everything() {
        SimCluster c = new SimCluster(3, RaftSettings.defaults().withTimers(false), 3);
        c.section("Election");
        c.elect("n1");
        c.deliverAll();
        c.setTrigger("n2", Trigger.ERROR, null);
        c.setTrigger("n1", Trigger.SLOW_APPLY, "1ms");
        c.submit("n1", "add 1");
        c.deliverAll();
        c.setTrigger("n1", Trigger.EXPLODE, null);
        c.submit("n1", "add 2");
        c.deliverAll();
        c.clearTrigger("n1", Trigger.EXPLODE);
        c.clearTrigger("n2", null);
        c.isolate("n3");
        c.crash("n3");
        c.restart("n3");
        c.heal();
        c.heartbeat("n1");
        c.deliverAll();
        return c;
    }

    @Test
    void everyEventOfARunComesBackEqualFromItsJson() throws Exception {
        SimCluster c = everything();
        Set<TracedMessage.Type> messages = EnumSet.noneOf(TracedMessage.Type.class);
        Set<NodeEvent.Type> events = EnumSet.noneOf(NodeEvent.Type.class);
        Set<TraceEvent.NodeRole> roles = EnumSet.noneOf(TraceEvent.NodeRole.class);
        boolean sawNetwork = false;
        for (Map.Entry<String, List<TraceEvent>> node : c.traceRows(TraceEvents.ALL).entrySet()) {
            String json = JsonBodies.writer().writeValueAsString(
                    TraceEventMapping.response(node.getKey(), c.ids(), node.getValue(), 0));
            AdminDtos.TraceResponse back = READER.readValue(json, AdminDtos.TraceResponse.class);

            assertThat(back.format()).isEqualTo(AdminDtos.TRACE_FORMAT);
            List<TraceEvent> read = new ArrayList<>();
            for (AdminDtos.TraceEventDto dto : back.events()) read.add(TraceEventMapping.fromDto(node.getKey(), dto));
            assertThat(read).as(node.getKey()).isEqualTo(node.getValue());

            for (TraceEvent e : read) {
                if (e.message() != null) messages.add(e.message().type());
                if (e.event() != null) events.add(e.event().type());
                roles.add(e.role());
                sawNetwork |= e.delta().network() != null;
            }
        }
        assertThat(messages).as("the run covers every message type").containsExactlyInAnyOrder(TracedMessage.Type.values());
        // The simulator starts no node recovering: RECOVERED goes over the API on its own.
        Set<NodeEvent.Type> all = EnumSet.allOf(NodeEvent.Type.class);
        all.remove(NodeEvent.Type.RECOVERED);
        assertThat(events).as("the run covers every event type").isEqualTo(all);
        TraceEvent recovered = TraceEvent.happened("n3", 9, 4, TraceEvent.NodeRole.FOLLOWER, NodeEvent.RECOVERED,
                StateDelta.NONE);
        String json = JsonBodies.writer().writeValueAsString(TraceEventMapping.toDto(recovered));
        assertThat(TraceEventMapping.fromDto("n3", READER.readValue(json, AdminDtos.TraceEventDto.class))).isEqualTo(recovered);
        assertThat(roles).containsExactlyInAnyOrder(TraceEvent.NodeRole.values());
        assertThat(sawNetwork).isTrue();
    }

    @Test
    void anEventIsWrittenWithTheFieldsOfItsKindOnly() throws Exception {
        TraceEvent send = TraceEvent.sent("n1", 7, 5, TraceEvent.NodeRole.LEADER,
                new TracedMessage.AppendEntries("n1", "n2", 7, 1, 2, 1, 1, 2), new StateDelta(null, null, 3L, null, null, null));
        TraceEvent failed = TraceEvent.happened("n1", 7, 6, TraceEvent.NodeRole.LEADER,
                NodeEvent.applyFailed(3, NodeEvent.Cause.THREW), StateDelta.NONE);
        TraceEvent cut = TraceEvent.happened("n3", 9, 2, TraceEvent.NodeRole.CRASHED, NodeEvent.NETSPLIT,
                new StateDelta(null, null, null, null, null, StateDelta.Network.CUT_OFF));

        assertThat(JsonBodies.writer().writeValueAsString(TraceEventMapping.toDto(send))).isEqualTo(
                "{\"node\":\"n1\",\"clock\":7,\"seq\":5,\"kind\":\"SEND\",\"role\":\"LEADER\",\"message\":{\"type\":\"APPEND_ENTRIES\","
                        + "\"from\":\"n1\",\"to\":\"n2\",\"clock\":7,\"term\":1,\"prev_index\":2,\"prev_term\":1,\"entries\":1,"
                        + "\"commit\":2},\"delta\":{\"last_index\":3}}");
        assertThat(JsonBodies.writer().writeValueAsString(TraceEventMapping.toDto(failed))).isEqualTo(
                "{\"node\":\"n1\",\"clock\":7,\"seq\":6,\"kind\":\"EVENT\",\"role\":\"LEADER\","
                        + "\"event\":{\"type\":\"APPLY_FAILED\",\"index\":3,\"cause\":\"THREW\"}}");
        assertThat(JsonBodies.writer().writeValueAsString(TraceEventMapping.toDto(cut))).isEqualTo(
                "{\"node\":\"n3\",\"clock\":9,\"seq\":2,\"kind\":\"EVENT\",\"role\":\"CRASHED\","
                        + "\"event\":{\"type\":\"NETSPLIT\"},\"delta\":{\"net\":\"CUT_OFF\"}}");
    }

    @Test
    void whatThisVersionDoesNotKnowIsRefusedInOneSentence() {
        AdminDtos.TraceMessageDto timeoutNow = new AdminDtos.TraceMessageDto("TIMEOUT_NOW", "n1", "n2", 1, 1,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> TraceEventMapping.fromDto("n1",
                new AdminDtos.TraceEventDto("n1", 1, 1, "SEND", "LEADER", timeoutNow, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown trace message type 'TIMEOUT_NOW'");
        AdminDtos.TraceMessageDto noCommit = new AdminDtos.TraceMessageDto("APPEND_ENTRIES", "n1", "n2", 1, 1,
                null, null, 0L, 0L, 0, null, null, null, null);
        assertThatThrownBy(() -> TraceEventMapping.fromDto("n1",
                new AdminDtos.TraceEventDto("n1", 1, 1, "SEND", "LEADER", noCommit, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a traced message without its commit");
        assertThatThrownBy(() -> TraceEventMapping.fromDto("n1",
                new AdminDtos.TraceEventDto("n1", 1, 1, "EVENT", "LEADER", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a trace event of kind EVENT carries an event and nothing else");
    }
}
