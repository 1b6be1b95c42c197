package io.raftctl.statemachine;

import java.util.Map;
import java.util.TreeMap;

/**
 * The contents of a built-in state machine: a counter's {@code total}, or a kv store's {@code entries}
 * (the other field is null).
 */
public record StateView(String kind, Long total, Map<String, String> entries) {

    public StateView {
        entries = entries == null ? null : new TreeMap<>(entries);
    }

    public static StateView counter(long total) {
        return new StateView(CounterStateMachine.KIND, total, null);
    }

    public static StateView kv(Map<String, String> entries) {
        return new StateView(KvStateMachine.KIND, null, entries);
    }
}
