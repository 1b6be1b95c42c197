package io.raftctl.cli.script;

import java.util.Arrays;
import java.util.Optional;

/** The comparison of {@code expect} and {@code wait}. */
public enum Op {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** {@code ==} and {@code !=}: the only comparisons that make sense for roles, on/off and {@code none}. */
    public boolean isEquality() {
        return this == EQ || this == NE;
    }

    public static Optional<Op> parse(String text) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(text)).findFirst();
    }

    /** Applies this comparison to {@code compareTo}'s result. */
    public boolean test(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }
}
