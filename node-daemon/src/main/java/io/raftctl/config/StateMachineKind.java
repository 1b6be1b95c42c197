package io.raftctl.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The built-in state machines a cluster file can choose. */
public enum StateMachineKind {
    /** {@code add N}, {@code sub N}, {@code get}: a single total. */
    COUNTER,
    /** {@code set KEY VALUE}, {@code get KEY}, {@code del KEY}: a string map. */
    KV;

    /** The name used in the cluster file. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StateMachineKind> fromYamlName(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
    }
}
