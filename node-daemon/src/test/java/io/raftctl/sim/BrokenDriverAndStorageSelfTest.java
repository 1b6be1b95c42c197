package io.raftctl.sim;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.Profile;
import io.raftctl.sim.explore.Run;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that the simulator, which runs the daemon's driver and storage over a simulated disk with faults, catches
 * a mistake in durability or ordering (as {@link CheckerCatchesBrokenEngineTest} proves it for the engine's commit
 * rule): each {@link Flaw} breaks a safety property within a few hundred seeds of the faulty profile, and the same
 * seed without the flaw runs safely.
 */
class BrokenDriverAndStorageSelfTest {

    /** Seeds searched at most: each flaw was found far sooner when this was written (see docs/reliability.md). */
    private static final int BUDGET = 1000;

    @Test
    void aDriverThatSendsBeforeItPersistsIsCaught() {
        found(Flaw.SEND_BEFORE_PERSIST, Set.of(Invariant.ONE_VOTE_PER_TERM, Invariant.ELECTION_SAFETY,
                Invariant.NO_ACKNOWLEDGED_WRITE_LOST, Invariant.LEADER_COMPLETENESS, Invariant.COMMIT_SAFETY));
    }

    @Test
    void aStorageThatReportsASaveDoneBeforeItsFsyncIsCaught() {
        found(Flaw.SAVE_WITHOUT_FSYNC, Set.of(Invariant.NO_ACKNOWLEDGED_WRITE_LOST, Invariant.ONE_VOTE_PER_TERM,
                Invariant.ELECTION_SAFETY, Invariant.LEADER_COMPLETENESS, Invariant.COMMIT_SAFETY));
    }

    @Test
    void aRecoveryThatTrustsAnUnsyncedTailIsCaught() {
        found(Flaw.TRUST_UNSYNCED_TAIL, Set.of(Invariant.NO_ACKNOWLEDGED_WRITE_LOST, Invariant.ONE_VOTE_PER_TERM,
                Invariant.ELECTION_SAFETY, Invariant.LEADER_COMPLETENESS, Invariant.COMMIT_SAFETY));
    }

    private static void found(Flaw flaw, Set<Invariant> expected) {
        Exploration.Options raft = new Exploration.Options(1000, null, Profile.Choice.FAULTY, RaftSettings.CommitRule.CURRENT_TERM);
        Exploration.Options broken = raft.withFlaw(flaw);
        long start = System.nanoTime();
        for (long seed = 1; seed <= BUDGET; seed++) {
            Run run = Exploration.explore(seed, broken);
            if (run.ok() || !expected.contains(run.violation().invariant())) continue;
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("self-test %s: seed %d breaks %s at line %d (%d seeds, %d ms)%n", flaw.label(), seed,
                    run.violation(), run.played().size(), seed, ms);
            assertThat(Exploration.explore(seed, raft).ok()).as("the same seed without the flaw runs safely").isTrue();
            return;
        }
        throw new AssertionError("the simulator did not catch " + flaw.label() + " within " + BUDGET + " seeds");
    }
}
