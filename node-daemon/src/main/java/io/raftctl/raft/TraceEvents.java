package io.raftctl.raft;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which events of a trace are shown ({@code raftctl trace show --events}). Every event is recorded either way; the
 * default shows exactly the seed's notation, and the opt-in events and delta field come only with {@link #ALL}.
 */
public enum TraceEvents {
    /** The seed's rows and delta fields. */
    DEFAULT,
    /** Also {@code APPLY FAILED} and {@code TRIGGER SET}/{@code TRIGGER CLEAR} rows, and {@code ai-X} in deltas. */
    ALL;

    /** The name operators type: {@code default}, {@code all}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> optionNames() {
        return Arrays.stream(values()).map(TraceEvents::optionName).toList();
    }

    /** @throws IllegalArgumentException with a one-sentence message naming the valid choices */
    public static TraceEvents parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (TraceEvents e : values()) {
            if (e.optionName().equals(wanted)) return e;
        }
        throw new IllegalArgumentException("unknown trace events '" + name + "' (expected one of "
                + String.join(", ", optionNames()) + ")");
    }
}
