package io.raftctl.cli.chaos;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultKindTest {

    @Test
    void parsesAnySubsetInAnyOrder() {
        assertThat(FaultKind.parseList("hold, kill")).containsExactly(FaultKind.KILL, FaultKind.HOLD);
        assertThat(FaultKind.parseList(FaultKind.allLabels())).containsExactly(FaultKind.values());
    }

    @Test
    void refusesUnknownAndEmptyListsInOneSentence() {
        assertThatThrownBy(() -> FaultKind.parseList("kill,melt"))
                .hasMessage("unknown fault 'melt' (expected kill,isolate,split,crash,hold)");
        assertThatThrownBy(() -> FaultKind.parseList(" , ")).hasMessageStartingWith("no fault given");
    }
}
