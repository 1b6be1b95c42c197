package io.raftctl.cli.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every write the clients of one cluster issued and what they learnt about it. Writes are told apart by their
 * command text where it is unique (kv: each {@code set} writes a value of its own); counter writes are all
 * {@code add 1} and are only counted.
 */
final class WriteLedger {

    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong indeterminate = new AtomicLong();
    private final Map<String, CommandOutcome.Kind> byText = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();

    /** Records a write; {@code uniqueText} says whether its text names it alone. */
    void record(String text, boolean uniqueText, CommandOutcome outcome) {
        switch (outcome.kind()) {
            case OK -> acknowledged.incrementAndGet();
            case FAIL -> failed.incrementAndGet();
            case INFO -> indeterminate.incrementAndGet();
        }
        if (outcome.reason() != null) {
            String key = outcome.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + outcome.reason();
            reasons.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }
        if (uniqueText) byText.put(text, outcome.kind());
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long failed() {
        return failed.get();
    }

    long indeterminate() {
        return indeterminate.get();
    }

    /** Unique writes by command text. */
    Map<String, CommandOutcome.Kind> byText() {
        return Map.copyOf(byText);
    }

    /** How many writes failed or went indeterminate, by reason ("info: timeout"). */
    Map<String, Long> reasons() {
        Map<String, Long> out = new TreeMap<>();
        reasons.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
