package io.raftctl.cli.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The longest time without an acknowledgement, on made-up clock values. */
class StallTrackerTest {

    @Test
    void theLongestGapBetweenAcknowledgementsCounts() {
        StallTracker s = new StallTracker(1_000);
        s.acknowledged(1_010);
        s.acknowledged(1_500); // a 490 gap: the leader change
        s.acknowledged(1_520);
        assertThat(s.longestNanos(1_600)).isEqualTo(490);
    }

    @Test
    void theWindowsEdgesCountAndAcknowledgementsBeforeItDoNot() {
        StallTracker s = new StallTracker(1_000);
        s.acknowledged(900); // during the settle time
        s.acknowledged(1_300);
        assertThat(s.longestNanos(1_350)).isEqualTo(300);
        assertThat(s.longestNanos(2_000)).isEqualTo(700); // nothing acknowledged after 1300
        assertThat(new StallTracker(1_000).longestNanos(5_000)).isEqualTo(4_000);
    }

    @Test
    void nanoTimeMayWrap() {
        StallTracker s = new StallTracker(Long.MAX_VALUE - 10);
        s.acknowledged(Long.MAX_VALUE + 40); // wraps to a negative value, 50 after the start
        assertThat(s.longestNanos(Long.MAX_VALUE + 60)).isEqualTo(50);
    }
}
