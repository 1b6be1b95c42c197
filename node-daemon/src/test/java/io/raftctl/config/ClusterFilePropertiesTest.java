package io.raftctl.config;

import io.raftctl.testing.Gen;
import io.raftctl.testing.Property;
import org.junit.jupiter.api.Test;

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

    /** No generated input, so one try: more would check the same text again. */
    @Test
    void theValidFileLoads() {
        assertThat(loadOrRefuse(VALID)).isNull();
    }

    @Test
    void mutatedFilesLoadOrAreRefusedInOneSentence() {
        Property.forAll(2000, EDITS, edits -> {
            String yaml = VALID;
            for (Edit e : edits) yaml = e.apply(yaml);
            loadOrRefuse(yaml);
        });
    }

    @Test
    void randomTextIsRefusedInOneSentence() {
        Property.forAll(1000, yamlishText(80), ClusterFilePropertiesTest::loadOrRefuse);
    }

    @Test
    void deepNestingIsRefusedInOneSentence() {
        record Nesting(int depth, boolean flow) {}
        Property.forAll(50, r -> new Nesting(Gen.ints(1, 20_000).next(r), r.nextBoolean()), in -> {
            int depth = in.depth();
            String yaml = in.flow() ? "cluster: " + "[".repeat(depth) + "]".repeat(depth) + "\n"
                    : "cluster:\n" + buildNested(Math.min(depth, 2000));
            loadOrRefuse(yaml);
        });
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

    private static final Gen<Edit> EDIT = r -> new Edit(Gen.ints(0, 5).next(r),
            Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).next(r), Gen.ints(0, 40).next(r), yamlishText(12).next(r));
    private static final Gen<List<Edit>> EDITS = EDIT.list(1, 4);

    /** Text rich in the characters YAML gives meaning to, with some of any kind (lone surrogates included). */
    private static Gen<String> yamlishText(int maxLength) {
        // The last one, \ud83d, is half a surrogate pair: invalid UTF-16 on its own.
        Gen<Integer> structural = Gen.charsOf(":{}[]-#&*!|>'\"%@`\n\t ,?\\\u0000\u00e9\ufeff\ud83d");
        Gen<Integer> plain = Gen.charsOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        Gen<Integer> anyChar = Gen.codePoints(Character.MIN_VALUE, Character.MAX_VALUE);
        return Gen.strings(Gen.weighted(List.of(3, 5, 1), List.of(structural, plain, anyChar)), 0, maxLength);
    }

    @Test
    void aValueOfTheWrongKindInAnyFieldIsRefused() {
        record FieldValue(int line, String value) {}
        Property.forAll(300, r -> new FieldValue(FIELD_LINES.next(r), VALUES.next(r)), in -> {
            List<String> lines = new ArrayList<>(Arrays.asList(VALID.split("\n")));
            String l = lines.get(in.line());
            int colon = l.indexOf(':');
            if (colon < 0 || l.strip().startsWith("- {")) return;
            lines.set(in.line(), l.substring(0, colon + 1) + " " + in.value());
            loadOrRefuse(String.join("\n", lines));
        });
    }

    private static final Gen<Integer> FIELD_LINES = Gen.ints(0, VALID.split("\n").length - 1);

    private static final Gen<String> VALUES = Gen.oneOf("-1", "0", "99999999999999999999", "1.5", "true", "null", "~",
            "[]", "{}", "[1, 2]", "''", "\"\"", "0x10", "1e9", "150ms", "-5ms", "1h", "on", "yes", "127.0.0.1:0",
            "[::1]:8001", "256.1.1.1:80", "host:99999", "&a x", "*a", "!!binary aGk=", "!!int x", "|\n  text", ">-", "%TAG");
}
