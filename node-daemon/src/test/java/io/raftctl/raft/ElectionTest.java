package io.raftctl.raft;

import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimNode;
import org.junit.jupiter.api.Test;

import static io.raftctl.raft.Sims.command;
import static io.raftctl.raft.Sims.electAndSettle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elections, as far as a data-driven file cannot see them: the result a client of a deposed leader gets
 * (OUTCOME_UNKNOWN), and a leader kept by its heartbeats through two seconds with timers on. The election scenarios
 * (pre-vote, votes, a candidate whose log is behind with and without pre-vote, leader stickiness and forced
 * campaigns, a split vote, CheckQuorum, timers off, a single-node cluster) are testdata/*.txt files, run with every
 * trace row pinned by the cli module's DataDrivenTest.
 */
class ElectionTest {

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
}
