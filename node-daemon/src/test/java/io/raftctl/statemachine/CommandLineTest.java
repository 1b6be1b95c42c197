package io.raftctl.statemachine;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written split gives what String.split("\\s+", limit) gave before. */
class CommandLineTest {

    @Test
    void splitsAsTheRegexDid() {
        String[] inputs = {"add 1", "  add   1  ", "get", "set k v", "set  k  a b\tc ", "set k", "a\u000Bb\fc\rd\ne",
                "\u2003add 1\u2003", "x\u00A0y z", "set k  v  w", "del"};
        for (String in : inputs) {
            for (int limit : new int[]{0, 1, 2, 3}) {
                String text = in.strip();
                List<String> expected = Arrays.asList(text.split("\\s+", limit));
                CommandLine c = CommandLine.parse(in, limit);
                assertThat(c.verb()).as("%s / %d", in, limit).isEqualTo(expected.get(0));
                assertThat(c.args()).as("%s / %d", in, limit).isEqualTo(expected.subList(1, expected.size()));
            }
        }
        assertThat(CommandLine.parse("   ", 0)).isEqualTo(new CommandLine("", List.of()));
        assertThat(CommandLine.parse(null, 0).verb()).isEmpty();
    }
}
