package io.raftctl.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of inputs for {@link Property}: a function of the try's random source, so a seed always gives the same
 * value. Numbers, sizes and bytes lean a little towards edge values (bounds, 0, ±1), where bugs tend to live.
 */
@FunctionalInterface
public interface Gen<T> {
    T next(SplittableRandom r);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /** Draws again until {@code keep} holds; gives up loudly rather than loop forever on a too strict filter. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T value = next(r);
                if (keep.test(value)) return value;
            }
            throw new IllegalStateException("filter rejected 10,000 values in a row");
        };
    }

    default Gen<List<T>> list(int minSize, int maxSize) {
        Gen<Integer> size = ints(minSize, maxSize);
        return r -> {
            List<T> out = new ArrayList<>();
            for (int n = size.next(r); out.size() < n; ) out.add(next(r));
            return out;
        };
    }

    /** Inclusive bounds; one draw in ten is an edge value: a bound, its neighbour, or 0, 1 or -1 if in range. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) throw new IllegalArgumentException("empty range " + min + ".." + max);
        long[] edges = {min, max, min == max ? min : min + 1, min == max ? max : max - 1,
                Math.max(min, Math.min(max, 0)), Math.max(min, Math.min(max, 1)), Math.max(min, Math.min(max, -1))};
        return r -> r.nextInt(10) == 0 ? edges[r.nextInt(edges.length)]
                : max < Long.MAX_VALUE ? r.nextLong(min, max + 1)
                : min > Long.MIN_VALUE ? r.nextLong(min - 1, max) + 1 : r.nextLong();
    }

    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    static Gen<Boolean> booleans() {
        return SplittableRandom::nextBoolean;
    }

    /** 0 to maxLength bytes; one array in four only of 00, 01, ff, 7f, 80, so small and extreme length fields occur. */
    static Gen<byte[]> bytes(int maxLength) {
        byte[] edges = {0, 1, -1, Byte.MAX_VALUE, Byte.MIN_VALUE};
        Gen<Integer> length = ints(0, maxLength);
        return r -> {
            byte[] b = new byte[length.next(r)];
            boolean edgy = r.nextInt(4) == 0;
            for (int i = 0; i < b.length; i++) b[i] = edgy ? edges[r.nextInt(edges.length)] : (byte) r.nextInt();
            return b;
        };
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> list = new ArrayList<>();
        for (T v : values) list.add(v);
        return oneOf(list);
    }

    static <T> Gen<T> oneOf(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /** One of several generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> anyOf(Gen<? extends T>... gens) {
        return r -> gens[r.nextInt(gens.length)].next(r);
    }

    /** A weighted choice: {@code weighted(List.of(3, 1), List.of(a, b))} draws from a three times as often as b. */
    static <T> Gen<T> weighted(List<Integer> weights, List<? extends Gen<? extends T>> gens) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        return r -> {
            int pick = r.nextInt(total), i = 0;
            while ((pick -= weights.get(i)) >= 0) i++;
            return gens.get(i).next(r);
        };
    }

    /** Strings of minLength to maxLength code points (so chars, unless some are above U+FFFF). */
    static Gen<String> strings(Gen<Integer> codePoints, int minLength, int maxLength) {
        return codePoints.list(minLength, maxLength).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
    }

    /** Code points from..to; within U+D800..U+DFFF they are lone surrogates, i.e. invalid UTF-16. */
    static Gen<Integer> codePoints(int from, int to) {
        return r -> r.nextInt(from, to + 1);
    }

    static Gen<Integer> charsOf(String chars) {
        return oneOf(chars.codePoints().boxed().toList());
    }

    /** Printable ASCII, space to tilde. */
    static Gen<Integer> ascii() {
        return codePoints(' ', '~');
    }

    /** Valid Unicode (no lone surrogates): control characters, ASCII, and 2-, 3- and 4-byte UTF-8 sequences. */
    static Gen<Integer> unicode() {
        return weighted(List.of(1, 3, 2, 3, 1), List.of(codePoints(0, 0x1f), ascii(), codePoints(0x80, 0x7ff),
                codePoints(0x800, 0xfffd).filter(c -> c < 0xd800 || c > 0xdfff), codePoints(0x10000, 0x10ffff)));
    }
}
