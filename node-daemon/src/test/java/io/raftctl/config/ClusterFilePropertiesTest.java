package io.raftctl.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated cluster files: the loader returns a valid config or throws a {@link ConfigException} with one
 * sentence naming the file; never any other exception, never a stack overflow, never a multi-line message.
 */
class ClusterFilePropertiesTest {

    private static final String NAME = "cluster.yaml";
    private static final Path DIR = Path.of("/nonexistent-raftctl-test-dir");
    private static final String VALID = """
            cluster: demo
            data_dir: data
            nodes:
              - id: n1
                raft: 127.0.0.1:7101
                admin: 127.0.0.1:8101
              - {id: n2, raft: 127.0.0.1:7102, admin: 127.0.0.1:8102}
              - id: n3
                raft: "127.0.0.1:7103"
                admin: 127.0.0.1:8103
            raft:
              heartbeat: 50ms
              election_timeout: {min: 150ms, max: 300ms}
              pre_vote: true
              check_quorum: true
              max_entries_per_message: 64
              max_inflight: 32
              timers: on
            state_machine: kv
            storage:
              fsync: true
            admin:
              token_file: null
              allow_remote: false
            """;

    /** Loads, or returns the refusal; anything else fails the property. */
    private static String loadOrRefuse(String yaml) {
        try {
            ClusterConfig c = ClusterConfigLoader.parse(yaml, NAME, DIR);
            assertThat(c.nodes()).isNotEmpty();
            return null;
        } catch (ConfigException refused) {
            String m = refused.getMessage();
            assertThat(m).startsWith(NAME).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(m.length()).as(m).isLessThan(400);
            return m;
        }
    }

    @Property(tries = 200)
    void theValidFileLoads() {
        assertThat(loadOrRefuse(VALID)).isNull();
    }

    @Property(tries = 2000)
    void mutatedFilesLoadOrAreRefusedInOneSentence(@ForAll("edits") List<Edit> edits) {
        String yaml = VALID;
        for (Edit e : edits) yaml = e.apply(yaml);
        loadOrRefuse(yaml);
    }

    @Property(tries = 1000)
    void randomTextIsRefusedInOneSentence(@ForAll("yamlish") String text) {
        loadOrRefuse(text);
    }

    @Property(tries = 50)
    void deepNestingIsRefusedInOneSentence(@ForAll @IntRange(min = 1, max = 20_000) int depth, @ForAll boolean flow) {
        String yaml = flow ? "cluster: " + "[".repeat(depth) + "]".repeat(depth) + "\n"
                : "cluster:\n" + buildNested(Math.min(depth, 2000));
        loadOrRefuse(yaml);
    }

    private static String buildNested(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) b.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
        return b.toString();
    }

    // ---------------------------------------------------------------- generators

    /** One edit of the text: delete, insert, replace a span, duplicate or drop a line, swap two lines. */
    record Edit(int kind, int at, int length, String text) {
        String apply(String s) {
            if (s.isEmpty()) return text;
            int from = Math.floorMod(at, s.length());
            int to = Math.min(s.length(), from + length);
            List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
            int line = Math.floorMod(at, lines.size());
            return switch (kind) {
                case 0 -> s.substring(0, from) + s.substring(to);
                case 1 -> s.substring(0, from) + text + s.substring(from);
                case 2 -> s.substring(0, from) + text + s.substring(to);
                case 3 -> {
                    lines.add(line, lines.get(line));
                    yield String.join("\n", lines);
                }
                case 4 -> {
                    lines.remove(line);
                    yield String.join("\n", lines);
                }
                default -> {
                    int other = Math.floorMod(length, lines.size());
                    String tmp = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, tmp);
                    yield String.join("\n", lines);
                }
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers(),
                Arbitraries.integers().between(0, 40), yamlishText(12)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> yamlish() {
        return yamlishText(80);
    }

    /** Text rich in the characters YAML gives meaning to, with some of any kind. */
    private static Arbitrary<String> yamlishText(int maxLength) {
        Arbitrary<Character> structural = Arbitraries.of(':', '{', '}', '[', ']', '-', '#', '&', '*', '!', '|', '>',
                '\'', '"', '%', '@', '`', '\n', '\t', ' ', ',', '?', '\\', '\u0000', '\u00e9', '\ufeff', '\ud83d');
        Arbitrary<Character> plain = Arbitraries.chars().alpha().numeric();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, structural),
                        net.jqwik.api.Tuple.of(5, plain),
                        net.jqwik.api.Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(maxLength).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    @Property(tries = 300)
    void aValueOfTheWrongKindInAnyFieldIsRefused(@ForAll("fieldLines") int line, @ForAll("values") String value) {
        List<String> lines = new ArrayList<>(Arrays.asList(VALID.split("\n")));
        String l = lines.get(line);
        int colon = l.indexOf(':');
        if (colon < 0 || l.strip().startsWith("- {")) return;
        lines.set(line, l.substring(0, colon + 1) + " " + value);
        loadOrRefuse(String.join("\n", lines));
    }

    @Provide
    Arbitrary<Integer> fieldLines() {
        return Arbitraries.integers().between(0, VALID.split("\n").length - 1);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("-1", "0", "99999999999999999999", "1.5", "true", "null", "~", "[]", "{}", "[1, 2]",
                "''", "\"\"", "0x10", "1e9", "150ms", "-5ms", "1h", "on", "yes", "127.0.0.1:0", "[::1]:8001",
                "256.1.1.1:80", "host:99999", "&a x", "*a", "!!binary aGk=", "!!int x", "|\n  text", ">-", "%TAG");
    }
}
