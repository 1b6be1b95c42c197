package io.raftctl.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandSuggestionsTest {

    private static final List<String> NAMES = List.of("up", "down", "status", "state", "elect", "net", "help", "shell",
            "restart", "trace", "timers", "trigger");

    @Test
    void aSwapOfTwoLettersIsOneEdit() {
        assertThat(CommandSuggestions.distance("elcet", "elect")).isEqualTo(1);
        assertThat(CommandSuggestions.distance("elcet", "net")).isEqualTo(3);
        assertThat(CommandSuggestions.closest("elcet", NAMES)).containsExactly("elect");
    }

    @Test
    void onlyTheNearestNamesAreOfferedAndNothingFarAway() {
        assertThat(CommandSuggestions.closest("stauts", NAMES)).containsExactly("status");
        assertThat(CommandSuggestions.closest("stat", NAMES)).containsExactly("state");
        assertThat(CommandSuggestions.closest("xyzzy", NAMES)).isEmpty();
        assertThat(CommandSuggestions.closest("dwn", NAMES)).containsExactly("down");
        assertThat(CommandSuggestions.closest("tmiers", NAMES)).containsExactly("timers");
    }
}
