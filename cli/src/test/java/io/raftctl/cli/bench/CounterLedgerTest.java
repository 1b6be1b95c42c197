package io.raftctl.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The counter check over a whole run, level after level. */
class CounterLedgerTest {

    private static Map<String, Long> everyNodeHolds(long value) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String id : new String[]{"n1", "n2", "n3"}) m.put(id, value);
        return m;
    }

    @Test
    void anUnknownWriteOfOneLevelMayStillLandInALaterOne() {
        CounterLedger ledger = new CounterLedger(1000, 1);
        ledger.add(10, 3); // a leader change: 3 of unknown outcome, 1 applied by the time of the check
        assertThat(ledger.check(everyNodeHolds(1011)).ok()).isTrue();
        ledger.add(5, 0);  // the other 2 commit with the new leader's next writes
        IntegrityCheck.Verdict v = ledger.check(everyNodeHolds(1018));
        assertThat(v.ok()).as(v.text()).isTrue();
        assertThat(v.text()).isEqualTo("every node holds 1018 = 1000 + 1 x 15 acknowledged (3 of unknown outcome, 3 of them applied)");
        assertThat(ledger.check(everyNodeHolds(1019)).ok()).isFalse();
    }

    @Test
    void failedCommandsAreNotInTheLedgerSoTheyCannotWidenTheRange() {
        CounterLedger ledger = new CounterLedger(0, 1);
        ledger.add(10, 0); // and, say, 7 NOT_LEADER refusals, which never reach it
        assertThat(ledger.check(everyNodeHolds(10)).ok()).isTrue();
        assertThat(ledger.check(everyNodeHolds(11)).text()).endsWith("writes were invented");
    }
}
