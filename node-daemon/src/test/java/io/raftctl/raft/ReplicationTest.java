package io.raftctl.raft;

import io.raftctl.raft.Message.AppendEntries;
import io.raftctl.raft.Message.AppendEntriesResponse;
import io.raftctl.sim.SimCluster;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.raftctl.raft.Sims.command;
import static io.raftctl.raft.Sims.electAndSettle;
import static org.assertj.core.api.Assertions.assertThat;

class ReplicationTest {

    @Test
    void aConflictHintSkipsAWholeTermPerRoundTrip() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n3");
        c.isolate("n3");
        for (int i = 0; i < 20; i++) c.submit("n3", "add 1"); // term 1, never committed
        c.deliverAll();
        electAndSettle(c, "n1");
        for (int i = 0; i < 5; i++) assertThat(command(c, "n1", "add 2").ok()).isTrue();
        electAndSettle(c, "n2"); // a new leader starts by assuming every follower holds its whole log
        assertThat(c.node("n3").raft().log().lastIndex()).isEqualTo(21);
        assertThat(c.node("n2").raft().log().lastIndex()).isEqualTo(8);

        c.heal();
        c.heartbeat("n2");
        List<AppendEntriesResponse> rejections = new ArrayList<>();
        while (!c.inFlight().isEmpty()) {
            Message m = c.inFlight().get(0).message();
            if (m instanceof AppendEntriesResponse r && !r.success()) rejections.add(r);
            c.deliverAt(0);
        }
        assertThat(rejections).as("one rejection for the whole conflicting term (7 without the hint)").hasSize(1);
        assertThat(rejections.get(0).hintTerm()).isEqualTo(1);
        assertThat(c.node("n3").raft().log().slice(1, 30)).isEqualTo(c.node("n2").raft().log().slice(1, 30));
        assertThat(Sims.totals(c)).containsExactly(10L, 10L, 10L);
    }

    @Test
    void appendEntriesCarryAtMostMaxEntriesPerMessageAndAtMostMaxInflightAreOutstanding() {
        RaftSettings s = new RaftSettings(50, 150, 300, true, true, 2, 3, false, null);
        SimCluster c = Sims.cluster(3, s);
        electAndSettle(c, "n1");
        c.hold("n1");
        for (int i = 0; i < 20; i++) c.submit("n1", "add 1");
        List<AppendEntries> toN2 = c.pending("n1").stream()
                .filter(m -> m instanceof AppendEntries a && a.to().equals("n2")).map(m -> (AppendEntries) m).toList();
        assertThat(toN2).as("pipelined up to the window, without waiting for answers").hasSize(3);

        c.release("n1");
        List<AppendEntries> seen = new ArrayList<>();
        while (!c.inFlight().isEmpty()) {
            if (c.inFlight().get(0).message() instanceof AppendEntries a) seen.add(a);
            c.deliverAt(0);
        }
        assertThat(seen).allSatisfy(a -> assertThat(a.entries()).hasSizeLessThanOrEqualTo(2));
        assertThat(seen).as("the backlog goes out in full batches").anySatisfy(a -> assertThat(a.entries()).hasSize(2));
        assertThat(Sims.totals(c)).containsExactly(20L, 20L, 20L);
        c.nodes().forEach(n -> assertThat(n.raft().commitIndex()).isEqualTo(21));
    }

    @Test
    void withTimersOffAFollowerWhoseAckCameLateStillLearnsTheCommit() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        c.elect("n2");
        // n3 answers first and makes the term-start entry committed; n1's answer comes after.
        c.deliverUntil(() -> c.node("n2").raft().role() == Role.LEADER);
        assertThat(c.deliverFirst(m -> m instanceof AppendEntries && m.to().equals("n3"))).isTrue();
        assertThat(c.deliverFirst(m -> m instanceof AppendEntriesResponse && m.from().equals("n3"))).isTrue();
        assertThat(c.node("n2").raft().commitIndex()).isEqualTo(1);
        c.deliverAll();
        assertThat(c.node("n1").raft().commitIndex()).as("no heartbeat needed").isEqualTo(1);
        assertThat(c.node("n3").raft().commitIndex()).isEqualTo(1);
    }

    @Test
    void commandsSubmittedTogetherGoOutInOneAppendEntriesPerFollower() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        List<Long> requests = c.submitBatch("n1", List.of("add 1", "add 2", "add 3", "add 4"));
        List<AppendEntries> sent = c.inFlight().stream().map(SimCluster.InFlight::message)
                .filter(m -> m instanceof AppendEntries).map(m -> (AppendEntries) m).toList();
        assertThat(sent).hasSize(2).allSatisfy(a -> assertThat(a.entries()).hasSize(4));
        c.deliverAll();
        assertThat(requests).allSatisfy(r -> assertThat(c.result(r)).hasValueSatisfying(x -> assertThat(x.ok()).isTrue()));
        assertThat(Sims.totals(c)).containsExactly(10L, 10L, 10L);
    }

    @Test
    void aMalformedCommandIsRefusedBeforeItEntersTheLog() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        long before = c.node("n1").raft().log().lastIndex();
        ClientResult r = command(c, "n1", "multiply 3");
        assertThat(r.status()).isEqualTo(ClientResult.Status.INVALID);
        assertThat(r.error()).startsWith("invalid command: ").contains("multiply");
        assertThat(c.node("n1").raft().log().lastIndex()).isEqualTo(before);
    }

    @Test
    void aCommandToAFollowerIsRefusedNamingTheLeader() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        ClientResult r = command(c, "n2", "add 1");
        assertThat(r.status()).isEqualTo(ClientResult.Status.NOT_LEADER);
        assertThat(r.error()).isEqualTo("not leader; leader is n1");
        assertThat(r.leaderHint()).isEqualTo("n1");

        SimCluster fresh = Sims.cluster(3, Sims.timersOff());
        assertThat(command(fresh, "n2", "add 1").error()).isEqualTo("not leader; no leader known");
    }

    @Test
    void aCrashedFollowerRecoversItsLogFromDurableStateAndRebuildsItsStateMachine() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        for (int i = 0; i < 3; i++) assertThat(command(c, "n1", "add 2").ok()).isTrue();
        c.crash("n2");
        c.restart("n2");
        RaftNode n2 = c.node("n2").raft();
        assertThat(n2.log().lastIndex()).isEqualTo(4);
        assertThat(n2.term()).isEqualTo(1);
        assertThat(n2.commitIndex()).as("the commit index is volatile").isZero();
        assertThat(c.node("n2").total()).isZero();

        c.heartbeat("n1");
        c.deliverAll();
        assertThat(n2.commitIndex()).isEqualTo(4);
        assertThat(c.node("n2").total()).isEqualTo(6);
    }

    @Test
    void aVoteIsPersistedBeforeTheReplyLeavesAndSurvivesACrash() {
        SimCluster c = Sims.cluster(3, Sims.timersOff().withPreVote(false));
        c.elect("n1");
        // Deliver n1's poll to n2 only: n2 votes and must have persisted it.
        assertThat(c.deliverFirst(m -> m instanceof Message.VoteRequest && m.to().equals("n2"))).isTrue();
        assertThat(c.node("n2").durableHardState()).isEqualTo(new HardState(1, "n1"));
        c.crash("n2");
        c.restart("n2");
        c.elect("n3");
        c.deliverAll();
        assertThat(c.node("n2").raft().status().votedFor()).as("no second vote in term 1").isIn("n1", "n3");
        assertThat(c.nodes().stream().filter(n -> n.raft().role() == Role.LEADER && n.raft().term() == 1)).hasSizeLessThanOrEqualTo(1);
    }
}
