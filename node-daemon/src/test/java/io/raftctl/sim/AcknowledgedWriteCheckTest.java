package io.raftctl.sim;

import io.raftctl.raft.RaftSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "No acknowledged write lost" must be able to fail: a write stays safe only while a majority's durable logs hold it.
 * Storage that forgets (two of three disks wiped after the write was acknowledged) is caught at once, before any new
 * leader could even commit something else at its index; one wiped disk of three is not a loss.
 */
class AcknowledgedWriteCheckTest {

    @Test
    void aMajorityOfWipedDisksLosesTheAcknowledgedWrite() {
        SafetyChecker checker = acknowledgeThenWipe("n2", "n3");
        assertThat(checker.found()).anySatisfy(v -> {
            assertThat(v.invariant()).isEqualTo(Invariant.NO_ACKNOWLEDGED_WRITE_LOST);
            assertThat(v.detail()).isEqualTo("'add 1' acknowledged at index 2 is in the durable log of 1 of 3 nodes [n1],"
                    + " fewer than a majority: a leader without it can be elected");
        });
    }

    @Test
    void oneWipedDiskOfThreeLosesNothing() {
        assertThat(acknowledgeThenWipe("n3").violations()).isEmpty();
    }

    private static SafetyChecker acknowledgeThenWipe(String... wiped) {
        SimCluster c = new SimCluster(3, RaftSettings.defaults().withTimers(false), 1);
        SafetyChecker checker = new SafetyChecker().attach(c);
        c.elect("n1");
        c.deliverAll();
        long request = c.submit("n1", "add 1");
        c.deliverAll();
        assertThat(c.result(request)).hasValueSatisfying(r -> assertThat(r.ok()).isTrue());
        checker.check();
        assertThat(checker.acknowledgedCount()).isEqualTo(1);
        assertThat(checker.violations()).isEmpty();
        for (String id : wiped) {
            c.stop(id);
            c.wipe(id);
        }
        checker.check();
        return checker;
    }
}
