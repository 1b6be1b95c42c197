package io.raftctl.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Found by ClusterFilePropertiesTest: a value or key with a line break used to make the error message span lines. */
class OneLineMessagesTest {

    private static void refused(String yaml, String message) {
        assertThatThrownBy(() -> ClusterConfigLoader.parse(yaml, "c.yaml", Path.of(".")))
                .isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void aMultiLineValueIsShownEscapedOnOneLine() {
        refused("cluster: |\n  two\n  lines\n", "c.yaml: line 1: cluster: expected a name of lowercase letters, digits and '-' like n1, got 'two\\nlines\\n'");
    }

    @Test
    void aKeyWithALineBreakIsShownEscaped() {
        refused("cluster: demo\n\"bad\\nkey\": 1\n", "c.yaml: line 2: unknown field 'bad\\nkey' (expected one of cluster, data_dir, nodes, raft, state_machine, storage, admin)");
    }

    @Test
    void aLongValueIsCut() {
        String value = "X".repeat(500);
        refused("cluster: " + value + "\n", "c.yaml: line 1: cluster: expected a name of lowercase letters, digits and '-' like n1, got '"
                + "X".repeat(80) + "...'");
    }
}
