package io.raftctl.trace;

import io.raftctl.raft.Message;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;
import io.raftctl.raft.TracedMessage.AppendEntries;
import io.raftctl.raft.TracedMessage.VoteResponse;
import io.raftctl.sim.SimCluster;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** A receive pairs with its send by the sender and the sender's clock, whatever the network did to the message. */
class MessagePairingTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    /** Two heartbeats of the same content: only their clocks tell them apart. */
    private static final TracedMessage FIRST = new AppendEntries("n1", "n2", 2, 1, 3, 1, 0, 3);
    private static final TracedMessage SECOND = new AppendEntries("n1", "n2", 3, 1, 3, 1, 0, 3);

    @Test
    void aReceivePairsWithTheSendOfItsSenderAndClock() {
        List<MergedRow> rows = rows(new Events().send(LEADER, FIRST).send(LEADER, SECOND).receive(4, FOLLOWER, SECOND));

        Pairs p = new Pairs(rows);

        assertThat(p.sendOf(SECOND, 4)).isEqualTo(p.indexOfSend(SECOND));
        assertThat(p.pairing.isPairedSend(p.indexOfSend(SECOND))).isTrue();
        assertThat(p.pairing.isPairedSend(p.indexOfSend(FIRST))).as("same content, another message").isFalse();
    }

    @Test
    void bothReceivesOfADuplicatedMessagePairWithItsOneSend() {
        List<MergedRow> rows = rows(new Events().send(LEADER, FIRST).receive(3, FOLLOWER, FIRST).receive(5, FOLLOWER, FIRST));

        Pairs p = new Pairs(rows);

        assertThat(p.sendOf(FIRST, 3)).isEqualTo(p.indexOfSend(FIRST));
        assertThat(p.sendOf(FIRST, 5)).isEqualTo(p.indexOfSend(FIRST));
    }

    @Test
    void aDroppedMessageLeavesItsSendUnpaired() {
        List<MergedRow> rows = rows(new Events().send(LEADER, FIRST).send(LEADER, SECOND).receive(4, FOLLOWER, SECOND));

        assertThat(new Pairs(rows).pairing.isPairedSend(new Pairs(rows).indexOfSend(FIRST))).isFalse();
    }

    @Test
    void aHeldMessagePairsWhenItIsDeliveredAfterALaterOne() {
        List<MergedRow> rows = rows(new Events().send(LEADER, FIRST).send(LEADER, SECOND)
                .receive(4, FOLLOWER, SECOND).receive(5, FOLLOWER, FIRST));

        Pairs p = new Pairs(rows);

        assertThat(p.sendOf(SECOND, 4)).isEqualTo(p.indexOfSend(SECOND));
        assertThat(p.sendOf(FIRST, 5)).isEqualTo(p.indexOfSend(FIRST));
    }

    @Test
    void aReceiveOfAnEarlierProcessesMessageDoesNotPairWithALaterSendThatReusedItsClock() {
        // n1's process restarted and its clock with it: its new send at clock 2 went to n3, as another type.
        TracedMessage old = new VoteResponse("n1", "n2", 2, 1, true);
        TracedMessage reused = new AppendEntries("n1", "n3", 2, 2, 0, 0, 0, 0);
        List<MergedRow> rows = rows(new Events().send(LEADER, reused).receive(7, FOLLOWER, old));

        assertThat(new Pairs(rows).sendOf(old, 7)).isEqualTo(-1);
    }

    @Test
    void inTheSimulatorDuplicatedDroppedAndHeldMessagesPairBySenderAndClock() {
        SimCluster c = new SimCluster(3, RaftSettings.defaults().withTimers(false), 7);
        c.elect("n1");
        // n1's pre-votes: the one to n2 is duplicated, the one to n3 dropped.
        assertThat(c.inFlight()).extracting(f -> f.message().to()).containsExactly("n2", "n3");
        c.duplicateAt(0);
        c.dropAt(1);
        c.deliverAll();
        c.heartbeat("n1");
        c.deliverAll();
        // Two heartbeats of the same content, held; the first to n2 is lost, the second delivered.
        c.hold("n1");
        c.heartbeat("n1");
        c.heartbeat("n1");
        List<Message> held = c.pending("n1");
        assertThat(held).hasSize(4);
        assertThat(TracedMessage.of(held.get(0)).type()).isEqualTo(TracedMessage.Type.APPEND_ENTRIES);
        assertThat(TraceNotation.label(TracedMessage.of(held.get(2)))).isEqualTo(TraceNotation.label(TracedMessage.of(held.get(0))));
        c.dropAt(indexInFlight(c, held.get(0)));
        c.release("n1");
        c.deliverAll();

        List<MergedRow> rows = new ArrayList<>();
        TraceMerger.merge(c.ids(), c.traceRows()).forEach(s -> rows.addAll(s.rows()));
        Pairs p = new Pairs(rows);

        List<Integer> preVoteSends = p.sendsOf(TracedMessage.Type.PRE_VOTE_REQUEST);
        assertThat(preVoteSends).hasSize(2);
        TracedMessage toN2 = rows.get(preVoteSends.get(0)).event().message();
        assertThat(toN2.to()).isEqualTo("n2");
        assertThat(p.receivesOf(preVoteSends.get(0))).as("the duplicate arrives twice").hasSize(2);
        assertThat(p.pairing.isPairedSend(preVoteSends.get(1))).as("the one to n3 was dropped").isFalse();

        TracedMessage lost = TracedMessage.of(held.get(0));
        TracedMessage delivered = TracedMessage.of(held.get(2));
        assertThat(p.pairing.isPairedSend(p.indexOfSend(lost))).isFalse();
        assertThat(p.receivesOf(p.indexOfSend(delivered))).hasSize(1);
        for (int i = 0; i < rows.size(); i++) {
            TraceEvent e = rows.get(i).event();
            if (e.kind() != TraceEvent.Kind.RECEIVE) continue;
            int send = p.pairing.sendOf(i);
            assertThat(send).as("every receive in the simulator has its send: %s", e).isNotNegative();
            assertThat(rows.get(send).event().message()).isEqualTo(e.message());
        }
    }

    private static int indexInFlight(SimCluster c, Message m) {
        List<SimCluster.InFlight> inFlight = c.inFlight();
        for (int i = 0; i < inFlight.size(); i++) if (inFlight.get(i).message() == m) return i;
        throw new AssertionError("not in flight: " + m);
    }

    private static List<MergedRow> rows(Events events) {
        Map<String, List<TraceEvent>> byNode = events.build();
        return TraceMerger.merge(MEMBERS, byNode).get(0).rows();
    }

    /** The pairing of some rows, with ways to find rows by their message. */
    private static final class Pairs {
        final List<MergedRow> rows;
        final MessagePairing pairing;

        Pairs(List<MergedRow> rows) {
            this.rows = rows;
            this.pairing = new MessagePairing(rows);
        }

        int indexOfSend(TracedMessage m) {
            for (int i = 0; i < rows.size(); i++) {
                TraceEvent e = rows.get(i).event();
                if (e.kind() == TraceEvent.Kind.SEND && e.message().equals(m)) return i;
            }
            throw new AssertionError("no send of " + m);
        }

        /** The send paired with the receive of {@code m} recorded at {@code clock}. */
        int sendOf(TracedMessage m, long clock) {
            for (int i = 0; i < rows.size(); i++) {
                TraceEvent e = rows.get(i).event();
                if (e.kind() == TraceEvent.Kind.RECEIVE && e.clock() == clock && e.message().equals(m)) return pairing.sendOf(i);
            }
            throw new AssertionError("no receive of " + m + " at clock " + clock);
        }

        List<Integer> sendsOf(TracedMessage.Type type) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TraceEvent e = rows.get(i).event();
                if (e.kind() == TraceEvent.Kind.SEND && e.message().type() == type) found.add(i);
            }
            return found;
        }

        List<Integer> receivesOf(int send) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) if (pairing.sendOf(i) == send) found.add(i);
            return found;
        }
    }
}
