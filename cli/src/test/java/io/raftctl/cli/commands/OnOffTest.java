package io.raftctl.cli.commands;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnOffTest {

    private final OnOff.Converter converter = new OnOff.Converter();

    @Test
    void takesOnAndOffInAnyCaseAndTheBooleanWords() {
        for (String on : new String[]{"on", "ON", "On", "true", "yes"}) assertThat(converter.convert(on)).isEqualTo(OnOff.ON);
        for (String off : new String[]{"off", "OFF", "Off", "false", "no"}) assertThat(converter.convert(off)).isEqualTo(OnOff.OFF);
    }

    @Test
    void anythingElseIsRefusedInOneSentence() {
        // picocli puts "invalid value for option '--timers': " in front of it.
        assertThatThrownBy(() -> converter.convert("maybe")).isInstanceOf(TypeConversionException.class)
                .hasMessage("expected on or off, not 'maybe'");
    }

    @Test
    void printsAndCompletesAsOnAndOff() {
        assertThat(OnOff.ON.text()).isEqualTo("on");
        assertThat(OnOff.OFF.text()).isEqualTo("off");
        assertThat(new OnOff.Candidates()).containsExactly("on", "off");
        assertThat(OnOff.orNull(null)).isNull();
        assertThat(OnOff.orNull(OnOff.OFF)).isFalse();
    }
}
