package io.raftctl.util;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @Test
    void parsesTheFormsOperatorsType() {
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Durations.parse("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse(" 3h ")).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void refusesAnythingElseWithOneSentence() {
        for (String bad : new String[]{"", "5", "2 s", "-1s", "1d", "ms", "1e3ms"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid duration '" + bad + "' (expected e.g. 250ms, 2s, 1m)");
        }
        assertThatThrownBy(() -> Durations.parse("9000h")).hasMessage("duration '9000h' is too long");
    }

    @Test
    void printsShortHumanForms() {
        assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(Durations.format(Duration.ofMillis(2500))).isEqualTo("2.5s");
        assertThat(Durations.format(Duration.ofSeconds(200))).isEqualTo("3m20s");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    }
}
