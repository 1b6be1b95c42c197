package io.raftctl.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import io.raftctl.raft.Message.AppendEntries;
import io.raftctl.raft.Message.AppendEntriesResponse;
import io.raftctl.raft.Message.VoteRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.transport.TestMessages.heartbeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkFaultsTest {

    private static final List<String> FIVE = List.of("n1", "n2", "n3", "n4", "n5");
    private final NetworkFaults faults = new NetworkFaults("n1", FIVE);

    @Test
    void everyoneReachesEveryoneByDefault() {
        for (String a : FIVE) for (String b : FIVE) assertThat(faults.canReach(a, b)).isTrue();
        assertThat(faults.cutOffFromMajority()).isFalse();
        assertThat(faults.state()).isEqualTo(PartitionState.NONE);
    }

    @Test
    void isolateCutsBothDirectionsAndReconnectRestores() {
        faults.isolate("n2");
        assertThat(faults.canReach("n1", "n2")).isFalse();
        assertThat(faults.canReach("n2", "n1")).isFalse();
        assertThat(faults.canReach("n2", "n3")).isFalse();
        assertThat(faults.canReach("n1", "n3")).isTrue();
        assertThat(faults.canReach("n2", "n2")).as("a node always reaches itself").isTrue();
        faults.reconnect("n2");
        assertThat(faults.canReach("n1", "n2")).isTrue();
    }

    @Test
    void splitSeparatesGroupsAndLeavesUnnamedNodesAlone() {
        faults.split(List.of(List.of("n1", "n2"), List.of("n3", "n4")));
        assertThat(faults.canReach("n1", "n2")).isTrue();
        assertThat(faults.canReach("n3", "n4")).isTrue();
        assertThat(faults.canReach("n2", "n3")).isFalse();
        assertThat(faults.canReach("n4", "n1")).isFalse();
        assertThat(faults.canReach("n5", "n1")).isFalse();
        assertThat(faults.canReach("n3", "n5")).isFalse();
        assertThat(faults.state()).isEqualTo(new PartitionState(List.of(),
                List.of(List.of("n1", "n2"), List.of("n3", "n4"))));
    }

    @Test
    void aNewSplitReplacesTheOldOne() {
        faults.split(List.of(List.of("n1"), List.of("n2", "n3", "n4", "n5")));
        faults.split(List.of(List.of("n1", "n2", "n3"), List.of("n4", "n5")));
        assertThat(faults.canReach("n1", "n2")).isTrue();
        assertThat(faults.canReach("n3", "n4")).isFalse();
    }

    @Test
    void isolationAppliesInsideASplitGroup() {
        faults.split(List.of(List.of("n1", "n2", "n3"), List.of("n4", "n5")));
        faults.isolate("n3");
        assertThat(faults.canReach("n1", "n3")).isFalse();
        assertThat(faults.canReach("n1", "n2")).isTrue();
    }

    @Test
    void healRemovesEveryPartitionAndIsolation() {
        faults.isolate("n5");
        faults.split(List.of(List.of("n1"), List.of("n2")));
        faults.heal();
        for (String a : FIVE) for (String b : FIVE) assertThat(faults.canReach(a, b)).isTrue();
        assertThat(faults.state()).isEqualTo(PartitionState.NONE);
    }

    @Test
    void cutOffFromMajorityCountsReachableMembersIncludingSelf() {
        faults.split(List.of(List.of("n1", "n2"), List.of("n3", "n4", "n5")));
        assertThat(faults.cutOffFromMajority()).isTrue();
        faults.split(List.of(List.of("n1", "n2", "n3"), List.of("n4", "n5")));
        assertThat(faults.cutOffFromMajority()).isFalse();
        faults.heal();
        faults.isolate("n4");
        faults.isolate("n5");
        assertThat(faults.cutOffFromMajority()).as("3 of 5 is a majority").isFalse();
        faults.isolate("n3");
        assertThat(faults.cutOffFromMajority()).isTrue();
        faults.heal();
        faults.isolate("n1");
        assertThat(faults.cutOffFromMajority()).isTrue();
    }

    @Test
    void cutOffFromMajorityInAThreeNodeCluster() {
        NetworkFaults three = new NetworkFaults("n3", List.of("n1", "n2", "n3"));
        three.isolate("n1");
        assertThat(three.cutOffFromMajority()).isFalse();
        three.isolate("n2");
        assertThat(three.cutOffFromMajority()).isTrue();
    }

    @Test
    void rejectsUnknownNodes() {
        assertThatThrownBy(() -> faults.isolate("n9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown node 'n9'");
        assertThatThrownBy(() -> faults.reconnect("x")).hasMessage("unknown node 'x'");
        assertThatThrownBy(() -> faults.canReach("n1", "n9")).hasMessage("unknown node 'n9'");
        assertThatThrownBy(() -> faults.split(List.of(List.of("n1"), List.of("n9"))))
                .hasMessage("unknown node 'n9'");
        assertThatThrownBy(() -> new NetworkFaults("n9", FIVE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsInvalidSplitsAndKeepsThePreviousOne() {
        faults.isolate("n5");
        assertThatThrownBy(() -> faults.split(List.of(List.of("n1", "n2"))))
                .hasMessage("a split needs at least two groups");
        assertThatThrownBy(() -> faults.split(List.of(List.of("n1"), List.of("n2", "n1"))))
                .hasMessage("node 'n1' is named more than once in the split");
        assertThatThrownBy(() -> faults.split(List.of(List.of("n2", "n2"), List.of("n3"))))
                .hasMessage("node 'n2' is named more than once in the split");
        assertThatThrownBy(() -> faults.split(List.of(List.of("n1"), List.of())))
                .hasMessage("a split group must name at least one node");
        assertThat(faults.state()).isEqualTo(new PartitionState(List.of("n5"), List.of()));
    }

    @Test
    void setStateBringsAnotherNodeInLine() {
        faults.isolate("n4");
        faults.split(List.of(List.of("n1", "n2"), List.of("n3", "n5")));
        NetworkFaults other = new NetworkFaults("n3", FIVE);
        other.setState(faults.state());
        assertThat(other.state()).isEqualTo(faults.state());
        assertThat(other.canReach("n3", "n5")).isTrue();
        assertThat(other.canReach("n3", "n1")).isFalse();
        assertThat(other.canReach("n4", "n4")).isTrue();
        other.setState(PartitionState.NONE);
        assertThat(other.canReach("n3", "n1")).isTrue();
    }

    @Test
    void setStateValidatesWithoutChangingAnything() {
        faults.isolate("n2");
        assertThatThrownBy(() -> faults.setState(new PartitionState(List.of("n7"), null)))
                .hasMessage("unknown node 'n7'");
        assertThatThrownBy(() -> faults.setState(new PartitionState(null, List.of(List.of("n1")))))
                .hasMessage("a split needs at least two groups");
        assertThat(faults.state().isolated()).containsExactly("n2");
    }

    @Test
    void partitionStateTravelsAsJson() throws Exception {
        faults.isolate("n5");
        faults.split(List.of(List.of("n1", "n2"), List.of("n3", "n4")));
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(faults.state());
        assertThat(text).isEqualTo("{\"isolated\":[\"n5\"],\"groups\":[[\"n1\",\"n2\"],[\"n3\",\"n4\"]]}");
        assertThat(json.readValue(text, PartitionState.class)).isEqualTo(faults.state());
        assertThat(json.readValue("{}", PartitionState.class)).isEqualTo(PartitionState.NONE);
    }

    @Test
    void partitionStateTreatsMissingListsAsEmpty() {
        assertThat(new PartitionState(null, null)).isEqualTo(PartitionState.NONE);
    }

    @Test
    void queueIfHoldingOnlyQueuesWhileHolding() {
        assertThat(faults.queueIfHolding(heartbeat("n1", "n2", 1))).isFalse();
        faults.hold();
        assertThat(faults.isHolding()).isTrue();
        assertThat(faults.queueIfHolding(heartbeat("n1", "n2", 2))).isTrue();
        assertThat(faults.pending()).containsExactly(heartbeat("n1", "n2", 2));
    }

    @Test
    void deliverTakesTheOldestAndReleaseTheRest() {
        faults.hold();
        for (int i = 1; i <= 4; i++) faults.queueIfHolding(heartbeat("n1", "n2", i));
        assertThat(faults.deliver(0)).isEmpty();
        assertThat(faults.deliver(1)).containsExactly(heartbeat("n1", "n2", 1));
        assertThat(faults.deliver(2)).containsExactly(heartbeat("n1", "n2", 2), heartbeat("n1", "n2", 3));
        assertThat(faults.isHolding()).isTrue();
        assertThat(faults.release()).containsExactly(heartbeat("n1", "n2", 4));
        assertThat(faults.isHolding()).isFalse();
        assertThat(faults.pending()).isEmpty();
    }

    @Test
    void deliverWithANegativeCountTakesAll() {
        faults.hold();
        for (int i = 1; i <= 3; i++) faults.queueIfHolding(heartbeat("n1", "n3", i));
        assertThat(faults.deliver(-1)).hasSize(3);
        assertThat(faults.deliver(5)).isEmpty();
    }

    @Test
    void dropHeldLosesTheQueueButKeepsHolding() {
        faults.hold();
        faults.queueIfHolding(heartbeat("n1", "n2", 1));
        faults.queueIfHolding(heartbeat("n1", "n3", 2));
        assertThat(faults.dropHeld()).isEqualTo(2);
        assertThat(faults.pending()).isEmpty();
        assertThat(faults.isHolding()).isTrue();
    }

    @Test
    void pendingShorthandIsWhatTheSendersTraceShows() {
        faults.hold();
        faults.queueIfHolding(new AppendEntries("n1", "n2", 1, 0, 0, List.of(Entry.termStart(1, 1)), 0, 1));
        faults.queueIfHolding(new VoteRequest("n1", "n5", 2, 5, 1, false, 2));
        faults.queueIfHolding(new AppendEntriesResponse("n1", "n3", 2, true, 3, 0, 0, 0, 3));
        assertThat(faults.pendingShorthand()).containsExactly(
                "ae+N-2 t-1 i-0 lt-0 e-1 c-0",
                "poll+N-5 t-2 li-5 lt-1",
                "N-1+ae_reply ok-True mi-3"); // the seed names the replier at both ends
    }

    @Test
    void aFullHoldQueueDropsTheNewestAndCountsThem() {
        faults.hold();
        Message m = heartbeat("n1", "n2", 1);
        for (int i = 0; i < NetworkFaults.MAX_HELD + 2; i++) faults.queueIfHolding(m);
        assertThat(faults.pending()).hasSize(NetworkFaults.MAX_HELD);
        assertThat(faults.heldOverflow()).isEqualTo(2);
    }
}
