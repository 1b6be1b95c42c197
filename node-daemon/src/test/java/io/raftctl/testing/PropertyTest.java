package io.raftctl.testing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The runner itself: a false property must fail, name its seed, and that seed must bring back the same input. */
class PropertyTest {

    private static final Pattern SEED = Pattern.compile("-Dproperty\\.seed=(-?\\d+)");

    @Test
    void aFalsePropertyFailsWithItsSeedAndTheSeedReproducesTheInput() {
        List<Integer> seen = new ArrayList<>();
        // False for about one value in ten: a run of 200 tries finds one, but not at try 1.
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> Property.forAll("lessThan900",
                Property.DEFAULT_SEED, 200, Gen.ints(0, 999), x -> {
                    seen.add(x);
                    assertThat(x).isLessThan(900);
                }));

        assertThat(failure).isNotNull();
        int failing = seen.get(seen.size() - 1);
        assertThat(failing).isGreaterThanOrEqualTo(900);
        assertThat(failure.getMessage()).contains("lessThan900", "failed at try " + seen.size() + " of 200",
                "input: " + failing);
        assertThat(seen.size()).as("the first failure ends the run").isLessThan(200);
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);

        Matcher m = SEED.matcher(failure.getMessage());
        assertThat(m.find()).as(failure.getMessage()).isTrue();
        long seed = Long.parseLong(m.group(1));
        assertThat(seed).as("a later try's seed, not the base seed").isNotEqualTo(Property.DEFAULT_SEED);
        List<Integer> rerun = new ArrayList<>();
        assertThatThrownBy(() -> Property.forAll("lessThan900", seed, 200, Gen.ints(0, 999), x -> {
            rerun.add(x);
            assertThat(x).isLessThan(900);
        })).hasMessageContaining("failed at try 1 of 200").hasMessageContaining("-Dproperty.seed=" + seed);
        assertThat(rerun).containsExactly(failing);
    }

    @Test
    void theSameBaseSeedDrawsTheSameInputsAndAnotherDrawsOthers() {
        assertThat(draws(Property.DEFAULT_SEED)).isEqualTo(draws(Property.DEFAULT_SEED)).isNotEqualTo(draws(42));
    }

    private static List<String> draws(long seed) {
        List<String> out = new ArrayList<>();
        Property.forAll("draws", seed, 50, Gen.strings(Gen.unicode(), 0, 10), out::add);
        return out;
    }

    @Test
    void theNameDefaultsToTheCallingTestAndExceptionsAreFailuresToo() {
        assertThatThrownBy(() -> Property.forAll(3, Gen.booleans(), b -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("property PropertyTest#")
                .hasMessageContaining("IllegalStateException: boom");
    }

    @Test
    void inputsArePrintableAndTruncated() {
        record Input(byte[] bytes, String text, List<Integer> list) {}
        String shown = Property.show(new Input(new byte[]{0, 1, (byte) 0xff, 0x7f}, "a\"\n\u00e9\ud83d", List.of(1, 2)));
        assertThat(shown).isEqualTo("Input[bytes=4 bytes 0x0001ff7f, text=\"a\\\"\\u000a\\u00e9\\ud83d\", list=[1, 2]]");
        assertThat(Property.show(new byte[1000])).startsWith("1000 bytes 0x" + "00".repeat(64) + "...").hasSizeLessThan(200);
        assertThat(Property.show("x".repeat(5000))).hasSizeLessThan(700).endsWith("(5002 chars)");
    }

    @Test
    void generatorsStayWithinTheirBounds() {
        record Drawn(int i, long l, byte[] bytes, String ascii, String unicode, List<Boolean> list) {}
        Property.forAll("bounds", Property.DEFAULT_SEED, 2000, r -> new Drawn(Gen.ints(-3, 5).next(r),
                Gen.longs(Long.MAX_VALUE - 2, Long.MAX_VALUE).next(r), Gen.bytes(7).next(r),
                Gen.strings(Gen.ascii(), 2, 4).next(r), Gen.strings(Gen.unicode(), 0, 3).next(r),
                Gen.booleans().list(1, 2).next(r)), d -> {
            assertThat(d.i()).isBetween(-3, 5);
            assertThat(d.l()).isBetween(Long.MAX_VALUE - 2, Long.MAX_VALUE);
            assertThat(d.bytes().length).isBetween(0, 7);
            assertThat(d.ascii()).hasSizeBetween(2, 4).matches("[ -~]*");
            assertThat(d.unicode().codePointCount(0, d.unicode().length())).isBetween(0, 3);
            assertThat(d.unicode().codePoints()).as("no lone surrogates").noneMatch(cp -> cp >= 0xd800 && cp <= 0xdfff);
            assertThat(d.list()).hasSizeBetween(1, 2);
        });
    }

    @Test
    void aWeightedChoiceFollowsItsWeights() {
        Gen<String> threeToOne = Gen.weighted(List.of(3, 1, 0), List.of(Gen.oneOf("a"), Gen.oneOf("b"), Gen.oneOf("never")));
        List<String> drawn = new ArrayList<>();
        Property.forAll("weights", Property.DEFAULT_SEED, 4000, threeToOne, drawn::add);
        assertThat(drawn).doesNotContain("never");
        assertThat(drawn.stream().filter("a"::equals).count()).isBetween(2800L, 3200L);
    }
}
