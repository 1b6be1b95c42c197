package io.raftctl.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The counter check that turns a run that lost or invented writes into a failure. */
class IntegrityCheckTest {

    private static Map<String, Long> counters(Long... values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) m.put("n" + (i + 1), values[i]);
        return m;
    }

    @Test
    void onlyAddCommandsAreChecked() {
        assertThat(IntegrityCheck.increment("add 1")).isEqualTo(1);
        assertThat(IntegrityCheck.increment(" add  -3 ")).isEqualTo(-3);
        assertThat(IntegrityCheck.increment("set k v")).isNull();
        assertThat(IntegrityCheck.increment("add x")).isNull();
    }

    @Test
    void exactCountsPass() {
        IntegrityCheck.Verdict v = IntegrityCheck.check(100, 2, 50, 0, counters(200L, 200L, 200L));
        assertThat(v.ok()).isTrue();
        assertThat(v.text()).isEqualTo("every node holds 200 = 100 + 2 x 50 acknowledged");
    }

    @Test
    void aLostWriteFails() {
        IntegrityCheck.Verdict v = IntegrityCheck.check(0, 1, 1000, 0, counters(999L, 999L, 999L));
        assertThat(v.ok()).isFalse();
        assertThat(v.text()).isEqualTo("n1 holds 999 but 1000 acknowledged writes from 0 make 1000: writes were lost");
    }

    @Test
    void anInventedWriteFailsAndUnknownOutcomesWidenTheRange() {
        assertThat(IntegrityCheck.check(0, 1, 10, 0, counters(11L, 11L, 11L)).text()).endsWith("writes were invented");
        IntegrityCheck.Verdict v = IntegrityCheck.check(0, 1, 10, 2, counters(11L, 11L, 11L));
        assertThat(v.ok()).isTrue();
        assertThat(v.text()).contains("(2 of unknown outcome, 1 of them applied)");
        assertThat(IntegrityCheck.check(0, 1, 10, 2, counters(13L, 13L, 13L)).ok()).isFalse();
    }

    @Test
    void nodesThatDisagreeOrDoNotAnswerFail() {
        assertThat(IntegrityCheck.check(0, 1, 10, 1, counters(10L, 11L, 10L)).text()).startsWith("nodes disagree");
        assertThat(IntegrityCheck.check(0, 1, 10, 0, counters(10L, null, 10L)).text()).isEqualTo("n2 did not report its counter");
    }

    @Test
    void theRangeRunsFromTheAcknowledgedWritesToThoseAndEveryUnknownOne() {
        // 100 + 2 x 50 acknowledged = 200; 3 of unknown outcome may add up to 6 more.
        assertThat(IntegrityCheck.check(100, 2, 50, 3, counters(200L, 200L, 200L)).ok()).isTrue();
        assertThat(IntegrityCheck.check(100, 2, 50, 3, counters(206L, 206L, 206L)).text())
                .isEqualTo("every node holds 206 = 100 + 2 x 50 acknowledged (3 of unknown outcome, 3 of them applied)");
        assertThat(IntegrityCheck.check(100, 2, 50, 3, counters(208L, 208L, 208L)).text())
                .isEqualTo("n1 holds 208 but 50 acknowledged writes and 3 of unknown outcome from 100 make 200..206:"
                        + " writes were invented");
        assertThat(IntegrityCheck.check(100, 2, 50, 3, counters(198L, 198L, 198L)).text())
                .endsWith("make 200..206: writes were lost");
    }

    @Test
    void unknownOutcomesDoNotExcuseALostAcknowledgedWrite() {
        // Equality would fail 11; a range that also reached below the acknowledged writes would pass 9.
        assertThat(IntegrityCheck.check(0, 1, 10, 5, counters(9L, 9L, 9L)).ok()).isFalse();
    }

    @Test
    void aNegativeIncrementCountsTheUnknownOnesDown() {
        // add -3: 10 acknowledged from 100 make 70; 2 of unknown outcome may take it down to 64.
        assertThat(IntegrityCheck.check(100, -3, 10, 2, counters(67L, 67L, 67L)).text())
                .isEqualTo("every node holds 67 = 100 + -3 x 10 acknowledged (2 of unknown outcome, 1 of them applied)");
        assertThat(IntegrityCheck.check(100, -3, 10, 2, counters(64L, 64L, 64L)).ok()).isTrue();
        assertThat(IntegrityCheck.check(100, -3, 10, 2, counters(73L, 73L, 73L)).text()).endsWith("make 64..70: writes were invented");
        assertThat(IntegrityCheck.check(100, -3, 10, 2, counters(61L, 61L, 61L)).text()).endsWith("writes were lost");
    }

    @Test
    void addZeroCannotTellHowManyUnknownOnesWereApplied() {
        assertThat(IntegrityCheck.check(5, 0, 10, 2, counters(5L, 5L, 5L)).text())
                .isEqualTo("every node holds 5 = 5 + 0 x 10 acknowledged (2 of unknown outcome)");
    }

    @Test
    void nodesWithinTheRangeMustStillAgree() {
        // Each value alone is possible, but one committed log cannot leave the nodes with different counters.
        assertThat(IntegrityCheck.check(0, 1, 10, 2, counters(10L, 12L, 12L)).text()).startsWith("nodes disagree");
    }
}
