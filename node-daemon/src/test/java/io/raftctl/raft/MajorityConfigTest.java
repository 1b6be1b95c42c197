package io.raftctl.raft;

import io.raftctl.raft.MajorityConfig.VoteResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.raftctl.raft.MajorityConfig.VoteResult.LOST;
import static io.raftctl.raft.MajorityConfig.VoteResult.PENDING;
import static io.raftctl.raft.MajorityConfig.VoteResult.WON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quorum arithmetic, case by case. Voters are {@code n1..nN}; a case's values are given per voter in that
 * order ({@code _} for a voter that has not answered, {@code y}/{@code n} for a granted or refused vote).
 */
class MajorityConfigTest {

    private static MajorityConfig voters(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) ids.add("n" + i);
        return new MajorityConfig(ids);
    }

    static Stream<Arguments> committedIndexes() {
        return Stream.of(
                // voters' acknowledged indexes -> the index a quorum holds
                Arguments.of(List.of(5L), 5L),
                Arguments.of(List.of(0L), 0L),
                Arguments.of(List.of(5L, 3L), 3L),
                Arguments.of(List.of(5L, 5L), 5L),
                Arguments.of(List.of(1L, 2L, 3L), 2L),
                Arguments.of(List.of(3L, 3L, 0L), 3L),
                Arguments.of(List.of(9L, 0L, 0L), 0L),
                Arguments.of(List.of(4L, 4L, 1L, 1L), 1L),
                Arguments.of(List.of(4L, 4L, 4L, 1L), 4L),
                Arguments.of(List.of(7L, 6L, 5L, 4L, 3L), 5L),
                Arguments.of(List.of(0L, 0L, 9L, 9L, 9L), 9L),
                Arguments.of(List.of(9L, 9L, 0L, 0L, 0L, 9L), 0L),
                Arguments.of(List.of(9L, 9L, 9L, 0L, 0L, 9L), 9L));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("committedIndexes")
    void theCommittedIndexIsTheHighestAQuorumHolds(List<Long> acked, long committed) {
        MajorityConfig config = voters(acked.size());

        assertThat(config.committedIndex(id -> acked.get(Integer.parseInt(id.substring(1)) - 1))).isEqualTo(committed);
    }

    static Stream<Arguments> votes() {
        return Stream.of(
                Arguments.of("y", WON),
                Arguments.of("n", LOST),
                Arguments.of("_", PENDING),
                Arguments.of("y_", PENDING),
                Arguments.of("yy", WON),
                Arguments.of("yn", PENDING),
                Arguments.of("nn", LOST),
                Arguments.of("y__", PENDING),
                Arguments.of("yy_", WON),
                Arguments.of("yn_", PENDING),
                Arguments.of("ynn", LOST),
                Arguments.of("yny", WON),
                // Even sizes: LOST takes a quorum of refusals, so a tie stays PENDING until the election times out.
                Arguments.of("yy__", PENDING),
                Arguments.of("yyy_", WON),
                Arguments.of("yynn", PENDING),
                Arguments.of("ynnn", LOST),
                Arguments.of("yyn__", PENDING),
                Arguments.of("yynn_", PENDING),
                Arguments.of("yynny", WON),
                Arguments.of("ynnn_", LOST));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("votes")
    void aVoteIsWonOrLostByAQuorumElsePending(String answers, VoteResult result) {
        MajorityConfig config = voters(answers.length());
        Map<String, Boolean> votes = new HashMap<>();
        for (int i = 0; i < answers.length(); i++) {
            char a = answers.charAt(i);
            if (a != '_') votes.put("n" + (i + 1), a == 'y');
        }

        assertThat(config.voteResult(votes)).isEqualTo(result);
    }

    static Stream<Arguments> activity() {
        return Stream.of(
                Arguments.of("y", true),
                Arguments.of("n", false),
                Arguments.of("yn", false),
                Arguments.of("yy", true),
                Arguments.of("ynn", false),
                Arguments.of("yny", true),
                Arguments.of("yynn", false),
                Arguments.of("yyyn", true),
                Arguments.of("yynnn", false),
                Arguments.of("ynyny", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("activity")
    void aQuorumIsActiveWhenAMajorityWasHeardFrom(String heard, boolean active) {
        MajorityConfig config = voters(heard.length());
        Set<String> recent = new HashSet<>();
        for (int i = 0; i < heard.length(); i++) if (heard.charAt(i) == 'y') recent.add("n" + (i + 1));

        assertThat(config.isActive(recent::contains)).isEqualTo(active);
    }

    @Test
    void onlyVotersCountAndEachOnce() {
        MajorityConfig config = new MajorityConfig(List.of("a", "b", "c", "a"));

        assertThat(config.size()).isEqualTo(3);
        assertThat(config.quorum()).isEqualTo(2);
        assertThat(config.voters()).containsExactly("a", "b", "c");
        assertThat(config.voteResult(Map.of("a", true, "x", true, "y", true))).as("x and y are not voters").isEqualTo(PENDING);
        assertThat(config.isActive(Set.of("a", "x")::contains)).isFalse();
    }

    @Test
    void anEmptyConfigurationHoldsNoDecisionBack() {
        MajorityConfig none = new MajorityConfig(List.of());

        assertThat(none.committedIndex(id -> 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(none.voteResult(Map.of())).isEqualTo(WON);
        assertThat(none.isActive(id -> false)).isTrue();
    }

    @Test
    void quorumsBySize() {
        assertThat(Stream.of(1, 2, 3, 4, 5, 6, 7).map(n -> voters(n).quorum())).containsExactly(1, 2, 2, 3, 3, 4, 4);
    }
}
