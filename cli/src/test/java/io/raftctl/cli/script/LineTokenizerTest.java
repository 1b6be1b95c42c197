package io.raftctl.cli.script;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineTokenizerTest {

    @Test
    void splitsOnRunsOfWhitespace() {
        assertThat(LineTokenizer.tokenize("  command   add\t1 ")).containsExactly("command", "add", "1");
    }

    @Test
    void singleQuotesAreLiteral() {
        assertThat(LineTokenizer.tokenize("echo 'a  \"b\" \\n'")).containsExactly("echo", "a  \"b\" \\n");
    }

    @Test
    void doubleQuotesKeepSpacesAndHonourEscapes() {
        assertThat(LineTokenizer.tokenize("expect-output \"total: \\\"2\\\"\" state n1"))
                .containsExactly("expect-output", "total: \"2\"", "state", "n1");
    }

    @Test
    void backslashEscapesOutsideQuotes() {
        assertThat(LineTokenizer.tokenize("echo a\\ b \\'c")).containsExactly("echo", "a b", "'c");
    }

    @Test
    void adjacentQuotedPartsJoinOneWord() {
        assertThat(LineTokenizer.tokenize("set k'v 1'\"x\"")).containsExactly("set", "kv 1x");
    }

    @Test
    void emptyQuotesGiveAnEmptyWord() {
        assertThat(LineTokenizer.tokenize("echo '' \"\"")).containsExactly("echo", "", "");
    }

    @Test
    void hashInsideALineIsText() {
        assertThat(LineTokenizer.tokenize("trace section step #2")).containsExactly("trace", "section", "step", "#2");
    }

    @Test
    void unterminatedQuotesAreErrors() {
        assertThatThrownBy(() -> LineTokenizer.tokenize("echo 'abc")).hasMessageContaining("unterminated single quote");
        assertThatThrownBy(() -> LineTokenizer.tokenize("echo \"abc")).hasMessageContaining("unterminated double quote");
    }

    @Test
    void joinQuotesSoThatTokenizeGivesTheWordsBack() {
        List<String> words = List.of("must-fail", "--match", "not leader; it's", "a\\b", "");
        assertThat(LineTokenizer.tokenize(LineTokenizer.join(words))).isEqualTo(words);
    }
}
