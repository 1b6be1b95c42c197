package io.raftctl.cli.script;

import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCheckTest {

    private static FieldCheck check(String condition) {
        return FieldCheck.parse(Arrays.asList(condition.split(" ")));
    }

    @ParameterizedTest(name = "{0} holds for {1}: {2}")
    @CsvSource({
            "term 2,        2,    true",
            "term == 2,     3,    false",
            "term != 2,     3,    true",
            "term < 10,     9,    true",
            "term < 10,     10,   false",
            "term <= 10,    10,   true",
            "term > 9,      10,   true",
            "term >= 10,    9,    false",
            // numeric, not lexicographic: "10" < "9" as strings
            "commit > 9,    10,   true",
            "last-index >= 2, 2,  true",
            "last-term < 1, 1,    false",
            "applied == 0,  none, false",
            "applied != 0,  none, true",
            "applied > 0,   none, false",
            "applied < 5,   none, false",
            "leader none,   none, true",
            "leader == none, n1,  false",
            "leader != none, n1,  true",
            "leader n1,     n1,   true",
            "leader n1,     n2,   false",
            "state 2,       2,    true",
            "state.k v,     v,    true",
            "state.k none,  none, true",
            "state.k > 9,   10,   true",
            "state.k < b,   a,    true",
            "timers off,    off,  true",
            "timers OFF,    off,  true",
            "timers != on,  off,  true",
    })
    void comparesByTheFieldsKind(String condition, String actual, boolean holds) {
        assertThat(check(condition).holds(actual)).isEqualTo(holds);
    }

    @ParameterizedTest(name = "role {0} vs {1}: {2}")
    @CsvSource({
            "LEADER,    LEADER,    true",
            "leader,    LEADER,    true",
            "Leader,    FOLLOWER,  false",
            "candidate, CANDIDATE, true",
            "LEAD,      LEADER,    true",
            "crashed,   CRASHED,   true",
    })
    void rolesCompareCaseInsensitively(String expected, String actual, boolean holds) {
        assertThat(check("role " + expected).holds(actual)).isEqualTo(holds);
        assertThat(check("role != " + expected).holds(actual)).isEqualTo(!holds);
    }

    @Test
    void aPreVoteCandidateIsACandidate() {
        assertThat(check("role candidate").holds("CANDIDATE (pre-vote)")).isTrue();
    }

    @Test
    void noneOnlyComparesForEquality() {
        assertUsage(() -> check("term < none"), "'none' only compares with == or !=");
    }

    @Test
    void mistakesInTheConditionAreUsageErrors() {
        assertUsage(() -> check("color red"), "unknown field 'color'");
        assertUsage(() -> check("term =~ 2"), "unknown operator '=~'");
        assertUsage(() -> check("term two"), "field term is a number, not 'two'");
        assertUsage(() -> check("role > LEADER"), "a role only compares with == or !=");
        assertUsage(() -> check("role BOSS"), "unknown role 'BOSS'");
        assertUsage(() -> check("timers maybe"), "timers are 'on' or 'off'");
        assertUsage(() -> FieldCheck.parse(List.of("term")), "expected FIELD [OP] VALUE");
    }

    @Test
    void describesItselfAsTyped() {
        assertThat(check("commit >= 2").describe()).isEqualTo("commit >= 2");
        assertThat(check("state.k v").describe()).isEqualTo("state.k == v");
    }

    private static void assertUsage(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE)).hasMessageContaining(message);
    }
}
