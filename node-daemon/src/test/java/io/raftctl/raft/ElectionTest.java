package io.raftctl.raft;

import io.raftctl.raft.Message.VoteRequest;
import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimNode;
import org.junit.jupiter.api.Test;

import static io.raftctl.raft.Sims.command;
import static io.raftctl.raft.Sims.electAndSettle;
import static org.assertj.core.api.Assertions.assertThat;

class ElectionTest {

    /** n3 misses a committed entry while isolated. */
    private static SimCluster clusterWithStaleN3(RaftSettings settings) {
        SimCluster c = Sims.cluster(3, settings);
        electAndSettle(c, "n1");
        c.isolate("n3");
        assertThat(command(c, "n1", "add 1").ok()).isTrue();
        c.reconnect("n3");
        assertThat(c.node("n3").raft().log().lastIndex()).isEqualTo(1);
        return c;
    }

    @Test
    void preVoteIsRefusedToACandidateWhoseLogIsBehindAndNoTermMoves() {
        SimCluster c = clusterWithStaleN3(Sims.timersOff());
        c.elect("n3"); // forced: stickiness is set aside, the log check is not
        c.deliverAll();

        for (SimNode n : c.nodes()) assertThat(n.raft().term()).as("term of %s", n.id()).isEqualTo(1);
        assertThat(c.node("n3").raft().role()).isEqualTo(Role.FOLLOWER);
        assertThat(c.node("n1").raft().role()).isEqualTo(Role.LEADER);
        assertThat(c.traceRows().get("n2")).anySatisfy(e -> assertThat(e.message())
                .isInstanceOfSatisfying(TracedMessage.PreVoteResponse.class, p -> {
                    assertThat(p.to()).isEqualTo("n3");
                    assertThat(p.granted()).isFalse();
                }));
    }

    @Test
    void aCandidateWithAStaleLogCannotWinEvenWithoutPreVote() {
        SimCluster c = clusterWithStaleN3(Sims.timersOff().withPreVote(false));
        c.elect("n3");
        c.deliverAll();

        assertThat(c.node("n3").raft().term()).isEqualTo(2);
        assertThat(c.node("n3").raft().role()).isNotEqualTo(Role.LEADER);
        assertThat(c.leader()).isEmpty();

        electAndSettle(c, "n2");
        assertThat(c.node("n2").raft().term()).isEqualTo(3);
        assertThat(c.node("n3").raft().log().entry(2).command()).isEqualTo("add 1");
    }

    @Test
    void aSplitVoteResolvesOnTheNextTimeout() {
        SimCluster c = Sims.cluster(4, RaftSettings.defaults().withPreVote(false).withTimers(false));
        c.elect("n1");
        c.elect("n2");
        // n3 hears n1 first, n4 hears n2 first: two votes each, nobody wins term 1.
        assertThat(c.deliverFirst(m -> m instanceof VoteRequest && m.from().equals("n1") && m.to().equals("n3"))).isTrue();
        assertThat(c.deliverFirst(m -> m instanceof VoteRequest && m.from().equals("n2") && m.to().equals("n4"))).isTrue();
        c.deliverAll();
        assertThat(c.leader()).isEmpty();
        assertThat(c.nodes()).allSatisfy(n -> assertThat(n.raft().term()).isEqualTo(1));

        for (String id : c.ids()) c.setTimers(id, true);
        for (int i = 0; i < 400 && c.leader().isEmpty(); i++) {
            c.advanceTime(5);
            c.deliverAll();
        }
        assertThat(c.leader()).isPresent();
        assertThat(c.leader().get().raft().term()).isGreaterThan(1);
        assertThat(c.nodes().stream().filter(n -> n.raft().role() == Role.LEADER)).hasSize(1);
    }

    @Test
    void anIsolatedOldLeaderStepsDownOnHealAndItsUncommittedEntriesAreOverwritten() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        assertThat(command(c, "n1", "add 1").ok()).isTrue();

        c.isolate("n1");
        long lost = c.submit("n1", "add 100");
        c.deliverAll();
        assertThat(c.node("n1").raft().log().entry(3).command()).isEqualTo("add 100");
        assertThat(c.result(lost)).isEmpty();

        electAndSettle(c, "n2");
        assertThat(command(c, "n2", "add 5").ok()).isTrue();
        assertThat(c.node("n1").raft().role()).as("timers off: nothing told n1 yet").isEqualTo(Role.LEADER);

        c.heal();
        c.heartbeat("n2");
        c.deliverAll();

        RaftNode n1 = c.node("n1").raft();
        assertThat(n1.role()).isEqualTo(Role.FOLLOWER);
        assertThat(n1.leader()).isEqualTo("n2");
        assertThat(n1.log().entry(3).kind()).isEqualTo(EntryKind.TERM_START);
        assertThat(n1.log().entry(3).term()).isEqualTo(2);
        assertThat(n1.log().slice(1, n1.log().lastIndex())).noneMatch(e -> e.command().equals("add 100"));
        assertThat(c.result(lost)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ClientResult.Status.OUTCOME_UNKNOWN));
        assertThat(Sims.totals(c)).containsExactly(6L, 6L, 6L);
    }

    @Test
    void checkQuorumMakesAnIsolatedLeaderStepDown() {
        SimCluster c = Sims.cluster(3, RaftSettings.defaults());
        electAndSettle(c, "n1");
        c.isolate("n1");
        for (int i = 0; i < 100; i++) {
            c.advanceTime(10);
            c.deliverAll();
        }
        assertThat(c.node("n1").raft().role()).isNotEqualTo(Role.LEADER);
        assertThat(c.leader()).hasValueSatisfying(l -> assertThat(l.id()).isIn("n2", "n3"));
    }

    @Test
    void withoutCheckQuorumAnIsolatedLeaderStaysLeader() {
        SimCluster c = Sims.cluster(3, RaftSettings.defaults().withCheckQuorum(false));
        electAndSettle(c, "n1");
        c.isolate("n1");
        for (int i = 0; i < 100; i++) {
            c.advanceTime(10);
            c.deliverAll();
        }
        assertThat(c.node("n1").raft().role()).isEqualTo(Role.LEADER);
    }

    @Test
    void anUnforcedCampaignRespectsLeaderStickinessAndAForcedOneDoesNot() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");

        c.elect("n2", false);
        c.deliverAll();
        assertThat(c.node("n1").raft().role()).isEqualTo(Role.LEADER);
        assertThat(c.node("n2").raft().term()).isEqualTo(1);

        c.elect("n2", true);
        c.deliverAll();
        assertThat(c.node("n2").raft().role()).isEqualTo(Role.LEADER);
        assertThat(c.node("n2").raft().term()).isEqualTo(2);
        assertThat(c.node("n1").raft().role()).isEqualTo(Role.FOLLOWER);
    }

    @Test
    void anUnforcedCampaignWinsOnceTheLeaderHasBeenSilentForAnElectionTimeout() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        c.advanceTime(c.settings().electionMinMs()); // timers off: no heartbeats meanwhile
        c.elect("n2", false);
        c.deliverAll();
        assertThat(c.node("n2").raft().role()).isEqualTo(Role.LEADER);
    }

    @Test
    void withTimersOffNothingHappensOnItsOwn() {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        c.advanceTime(60_000);
        assertThat(c.inFlight()).isEmpty();
        assertThat(c.nodes()).allSatisfy(n -> assertThat(n.raft().role()).isEqualTo(Role.FOLLOWER));

        electAndSettle(c, "n1");
        c.isolate("n2");
        c.isolate("n3");
        c.advanceTime(60_000);
        assertThat(c.inFlight()).as("no heartbeats, no retransmissions").isEmpty();
        assertThat(c.node("n1").raft().role()).as("no CheckQuorum step-down").isEqualTo(Role.LEADER);
    }

    @Test
    void withTimersOnALeaderIsElectedAndKeptByHeartbeats() {
        SimCluster c = Sims.cluster(5, RaftSettings.defaults());
        for (int i = 0; i < 200 && c.leader().isEmpty(); i++) {
            c.advanceTime(5);
            c.deliverAll();
        }
        SimNode leader = c.leader().orElseThrow();
        long term = leader.raft().term();
        for (int i = 0; i < 400; i++) {
            c.advanceTime(5);
            c.deliverAll();
        }
        assertThat(c.leader()).contains(leader);
        assertThat(leader.raft().term()).isEqualTo(term);
    }

    @Test
    void aSingleNodeClusterElectsItselfAndCommits() {
        SimCluster c = Sims.cluster(1, Sims.timersOff());
        electAndSettle(c, "n1");
        ClientResult r = command(c, "n1", "add 3");
        assertThat(r.ok()).isTrue();
        assertThat(r.value()).isEqualTo("3");
        assertThat(c.node("n1").raft().commitIndex()).isEqualTo(2);
    }
}
