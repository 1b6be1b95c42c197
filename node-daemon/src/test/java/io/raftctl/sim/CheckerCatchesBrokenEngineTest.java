package io.raftctl.sim;

import io.raftctl.raft.Message;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.RaftSettings.CommitRule;
import io.raftctl.raft.Role;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.Profile;
import io.raftctl.sim.explore.Run;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety checker must be able to fail. An engine variant that commits entries of earlier terms by
 * counting replicas (the bug of Figure 8 in the Raft paper) loses a committed entry, and the checker says so;
 * the real engine, run through the very same schedule, does not.
 */
class CheckerCatchesBrokenEngineTest {

    @Test
    void figure8WithTheUnsafeCommitRuleIsCaught() {
        SafetyChecker checker = runFigure8(CommitRule.UNSAFE_ANY_TERM);
        assertThat(checker.violations()).anySatisfy(v -> assertThat(v).startsWith("leader completeness"));
    }

    @Test
    void figure8WithTheRaftCommitRuleIsSafe() {
        SafetyChecker checker = runFigure8(CommitRule.CURRENT_TERM);
        assertThat(checker.violations()).isEmpty();
    }

    @Test
    void randomSchedulesFindTheUnsafeCommitRule() {
        Exploration.Options options = new Exploration.Options(1000, null, Profile.Choice.FAULTY, CommitRule.UNSAFE_ANY_TERM);
        Run found = null;
        for (long seed = 1; seed <= 2000 && found == null; seed++) {
            Run run = Exploration.explore(seed, options);
            if (!run.ok()) found = run;
        }
        assertThat(found).as("a violation found by random search").isNotNull();
        System.out.println("the unsafe commit rule: seed " + found.seed() + ", " + found.violation());
    }

    /**
     * Five nodes, one entry per message. S1 leads term 1 and replicates X to S2 only; S5 leads term 2 without
     * replicating; S1 leads term 3 and gets X onto S3 (a majority now holds X, of term 1) before its own
     * term-3 entry reaches a majority; S1 crashes; S5, whose last term (2) beats X's, wins term 4.
     */
    private static SafetyChecker runFigure8(CommitRule rule) {
        RaftSettings settings = RaftSettings.defaults().withTimers(false).withPreVote(false)
                .withMaxEntriesPerMessage(1).withCommitRule(rule);
        SimCluster c = new SimCluster(5, settings, 8);
        SafetyChecker checker = new SafetyChecker().attach(c);

        c.elect("n1");
        step(c, checker, c::deliverAll);
        c.split(List.of(List.of("n1", "n2"), List.of("n3", "n4", "n5")));
        c.submit("n1", "add 1"); // X, index 2, term 1
        step(c, checker, c::deliverAll);
        assertThat(c.node("n2").raft().log().lastIndex()).isEqualTo(2);

        c.crash("n1");
        c.elect("n5");
        step(c, checker, () -> c.deliverUntil(() -> c.node("n5").raft().role() == Role.LEADER));
        c.crash("n5"); // its term-start entry (index 2, term 2) never left
        assertThat(c.node("n5").durableLog()).hasSize(2);

        c.heal();
        c.split(List.of(List.of("n1", "n2", "n3"), List.of("n4"), List.of("n5")));
        c.restart("n1");
        while (c.node("n1").raft().role() != Role.LEADER) {
            c.elect("n1");
            step(c, checker, () -> c.deliverUntil(() -> c.node("n1").raft().role() == Role.LEADER));
        }
        assertThat(c.node("n1").raft().term()).isEqualTo(3);
        // Deliver until S3 holds X and S2 holds S1's term-3 entry, then crash S1 before anything else.
        step(c, checker, () -> c.deliverUntil(() -> c.node("n3").raft().log().lastIndex() >= 2
                && c.node("n2").raft().log().lastIndex() >= 3 && !pendingAckFrom(c, "n3")));
        long commit = c.node("n1").raft().commitIndex();
        if (rule == CommitRule.UNSAFE_ANY_TERM) {
            assertThat(commit).as("the unsafe rule counts X as committed").isEqualTo(2);
        } else {
            assertThat(commit).as("Raft does not commit X by counting").isLessThan(2);
        }
        c.crash("n1");
        checker.check();

        c.heal();
        c.split(List.of(List.of("n3", "n4", "n5"), List.of("n1", "n2")));
        c.restart("n5");
        for (int i = 0; i < 3 && c.node("n5").raft().role() != Role.LEADER; i++) {
            c.elect("n5");
            step(c, checker, c::deliverAll);
        }
        assertThat(c.node("n5").raft().role()).isEqualTo(Role.LEADER);
        return checker;
    }

    /** True while n3's acknowledgement of X is still on its way to the leader. */
    private static boolean pendingAckFrom(SimCluster c, String node) {
        return c.inFlight().stream().anyMatch(f -> f.message() instanceof Message.AppendEntriesResponse r
                && r.from().equals(node) && r.success() && r.matchIndex() >= 2);
    }

    private static void step(SimCluster c, SafetyChecker checker, Runnable action) {
        action.run();
        checker.check();
    }
}
