package io.raftctl.testing;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A minimal property runner for JUnit tests, without shrinking: {@code Property.forAll(tries, gen, input -> ...)}
 * checks {@code tries} inputs and stops at the first failure. Try 1 draws from a random source seeded with the base
 * seed, each later try from a seed derived from the previous one. The base seed is fixed ({@link #DEFAULT_SEED}), so
 * every build checks the same inputs, unless {@code -Dproperty.seed=S} is given. A failure names the test, the try
 * and its seed: {@code mvn -pl node-daemon test -Dtest=SomeTest#someProperty -Dproperty.seed=<seed>} reruns exactly
 * that case, as try 1.
 */
public final class Property {
    public static final long DEFAULT_SEED = 20250613L;
    private static final int MAX_SHOWN_CHARS = 600, MAX_SHOWN_BYTES = 64;

    /** The property: returns when it holds for the input, throws (an assertion, usually) when it does not. */
    @FunctionalInterface
    public interface Check<T> {
        void check(T input) throws Exception;
    }

    private Property() {
    }

    /** Checks the property for {@code tries} inputs from {@code gen}; the calling test method names it. */
    public static <T> void forAll(int tries, Gen<T> gen, Check<? super T> property) {
        String seed = System.getProperty("property.seed", "").strip();
        forAll(callingTest(), seed.isEmpty() ? DEFAULT_SEED : Long.decode(seed), tries, gen, property);
    }

    /** As above, with the name and base seed given: for tests of this runner. */
    public static <T> void forAll(String name, long baseSeed, int tries, Gen<T> gen, Check<? super T> property) {
        long seed = baseSeed;
        for (int t = 1; t <= tries; t++, seed = new SplittableRandom(seed ^ 0x5DEECE66DL).nextLong()) {
            String shown = "(not generated)";
            try {
                T input = gen.next(new SplittableRandom(seed));
                shown = show(input);
                property.check(input);
            } catch (Exception | Error e) { // a StackOverflowError, say, is a failure like any other
                throw new AssertionError("property " + name + " failed at try " + t + " of " + tries
                        + "; rerun exactly this case with -Dproperty.seed=" + seed
                        + "\n  input: " + shown + "\n  cause: " + e, e);
            }
        }
    }

    /** "SomeTest#someProperty", as surefire's -Dtest takes it. */
    private static String callingTest() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Property.class.getName())).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "#" + f.getMethodName())
                .orElse("?"));
    }

    /** A printable, truncated form of an input: bytes in hex, strings quoted and escaped, records by component. */
    public static String show(Object input) {
        String s = render(input);
        return s.length() <= MAX_SHOWN_CHARS ? s : s.substring(0, MAX_SHOWN_CHARS) + "... (" + s.length() + " chars)";
    }

    private static String render(Object o) {
        if (o instanceof byte[] b) {
            return b.length + " bytes 0x" + HexFormat.of().formatHex(b, 0, Math.min(b.length, MAX_SHOWN_BYTES))
                    + (b.length > MAX_SHOWN_BYTES ? "..." : "");
        }
        if (o instanceof String s) return quote(s);
        if (o instanceof Collection<?> c) return c.stream().map(Property::render).collect(Collectors.joining(", ", "[", "]"));
        if (!(o instanceof Record r)) return String.valueOf(o);
        StringBuilder b = new StringBuilder(r.getClass().getSimpleName()).append('[');
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true); // test records are rarely public
                b.append(b.charAt(b.length() - 1) == '[' ? "" : ", ").append(c.getName()).append('=')
                        .append(render(c.getAccessor().invoke(r)));
            } catch (ReflectiveOperationException e) {
                b.append(", ").append(c.getName()).append("=?");
            }
        }
        return b.append(']').toString();
    }

    /** Printable ASCII as is; anything else (controls, non-ASCII, lone surrogates) as a \\uXXXX escape. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else b.append(ch >= ' ' && ch <= '~' ? String.valueOf(ch) : String.format("\\u%04x", (int) ch));
        }
        return b.append('"').toString();
    }
}
