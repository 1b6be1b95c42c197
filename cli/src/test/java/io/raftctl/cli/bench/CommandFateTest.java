package io.raftctl.cli.bench;

import io.raftctl.client.ClientProtocol.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How bench counts each answer for the counter check, and which answers send the clients looking for the leader. */
class CommandFateTest {

    @Test
    void refusalsBeforeTheLogAreFailuresAndLeadershipLostAfterItIsUnknown() {
        assertThat(CommandFate.of(Status.OK)).isEqualTo(CommandFate.ACKNOWLEDGED);
        // Refused before the log: it cannot take effect, so it must not widen the accepted range.
        assertThat(CommandFate.of(Status.NOT_LEADER)).isEqualTo(CommandFate.FAILED);
        assertThat(CommandFate.of(Status.UNAVAILABLE)).isEqualTo(CommandFate.FAILED);
        assertThat(CommandFate.of(Status.INVALID)).isEqualTo(CommandFate.FAILED);
        assertThat(CommandFate.of(Status.BUSY)).isEqualTo(CommandFate.FAILED);
        assertThat(CommandFate.of(Status.REFUSED)).isEqualTo(CommandFate.FAILED); // applied as a no-op
        // In the log, fate unknown: it may take effect.
        assertThat(CommandFate.of(Status.OUTCOME_UNKNOWN)).isEqualTo(CommandFate.UNKNOWN);
        assertThat(CommandFate.of(Status.APPLY_FAILED)).isEqualTo(CommandFate.UNKNOWN);
    }

    @Test
    void onlyAnswersAboutLeadershipSendTheClientsToFindTheLeader() {
        assertThat(CommandFate.leaderLost(Status.NOT_LEADER)).isTrue();
        assertThat(CommandFate.leaderLost(Status.OUTCOME_UNKNOWN)).isTrue();
        assertThat(CommandFate.leaderLost(Status.UNAVAILABLE)).isTrue();
        assertThat(CommandFate.leaderLost(Status.OK)).isFalse();
        assertThat(CommandFate.leaderLost(Status.INVALID)).isFalse();
        assertThat(CommandFate.leaderLost(Status.APPLY_FAILED)).isFalse();
    }
}
