package io.raftctl.raft;

import io.raftctl.raft.Message.AppendEntries;
import io.raftctl.sim.SimCluster;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.raftctl.raft.Sims.command;
import static io.raftctl.raft.Sims.electAndSettle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replication, as far as a data-driven file cannot see it: commands submitted in one batch (no script line submits
 * several at once), and the leader hint of a refused command. The replication scenarios (pipelining and flow
 * control, conflict backtracking, catch-up, the commit notice, invalid commands, crash and restart, a vote kept
 * across a crash) are testdata/*.txt files, run with every trace row pinned by the cli module's DataDrivenTest.
 */
class ReplicationTest {

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
}
