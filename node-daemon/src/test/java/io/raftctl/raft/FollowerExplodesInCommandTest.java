package io.raftctl.raft;

import io.raftctl.sim.SimCluster;
import io.raftctl.statemachine.Trigger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.raftctl.raft.Sims.command;
import static io.raftctl.raft.Sims.electAndSettle;
import static io.raftctl.raft.Sims.totals;
import static org.assertj.core.api.Assertions.assertThat;

/** A follower's state machine fails to apply: it falls behind in applied index only, then catches up once. */
class FollowerExplodesInCommandTest {

    @ParameterizedTest
    @EnumSource(value = Trigger.class, names = {"EXPLODE", "ERROR"})
    void followerCatchesUpExactlyOnceAfterTheTriggerIsCleared(Trigger trigger) {
        SimCluster c = Sims.cluster(3, Sims.timersOff());
        electAndSettle(c, "n1");
        assertThat(command(c, "n1", "add 1").ok()).isTrue();
        assertThat(totals(c)).containsExactly(1L, 1L, 1L);

        c.node("n2").triggers().arm(trigger, null);
        ClientResult r = command(c, "n1", "add 1");
        assertThat(r.ok()).as("the leader applied it, so the client succeeds").isTrue();
        assertThat(r.index()).isEqualTo(3);
        RaftNode n2 = c.node("n2").raft();
        assertThat(n2.commitIndex()).isEqualTo(3);
        assertThat(n2.log().lastIndex()).isEqualTo(3);
        assertThat(n2.appliedIndex()).as("n2 falls behind in applied index only").isEqualTo(2);
        assertThat(n2.status().applyError()).contains("entry 3");
        assertThat(totals(c)).containsExactly(2L, 1L, 2L);

        c.heartbeat("n1");
        c.deliverAll();
        assertThat(n2.appliedIndex()).as("still armed: the retry fails again").isEqualTo(2);

        c.node("n2").triggers().clear(trigger);
        c.heartbeat("n1");
        c.deliverAll();
        assertThat(n2.appliedIndex()).isEqualTo(3);
        assertThat(n2.status().applyError()).isNull();
        assertThat(totals(c)).containsExactly(2L, 2L, 2L);

        c.heartbeat("n1");
        c.deliverAll();
        assertThat(totals(c)).as("applied exactly once").containsExactly(2L, 2L, 2L);
    }
}
