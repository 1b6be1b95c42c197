package io.raftctl.cli.script;

import java.util.Arrays;
import java.util.Optional;

/** A status field that {@code expect} and {@code wait} can check. */
public enum Field {
    ROLE("role", Kind.ROLE),
    TERM("term", Kind.NUMBER),
    LEADER("leader", Kind.TEXT),
    COMMIT("commit", Kind.NUMBER),
    APPLIED("applied", Kind.NUMBER),
    LAST_INDEX("last-index", Kind.NUMBER),
    LAST_TERM("last-term", Kind.NUMBER),
    TIMERS("timers", Kind.ON_OFF),
    /** How many of the node's outgoing messages it holds queued ({@code net hold}). */
    HELD("held", Kind.NUMBER),
    /** The counter's total ({@code state}), or a kv value ({@code state.KEY}). */
    STATE("state", Kind.NUMBER);

    /** How values of a field compare. */
    public enum Kind { NUMBER, TEXT, ROLE, ON_OFF }

    private final String name;
    private final Kind kind;

    Field(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String fieldName() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Field> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Field::fieldName).toList()) + ", state.KEY";
    }
}
