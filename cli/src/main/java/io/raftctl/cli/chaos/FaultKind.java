package io.raftctl.cli.chaos;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the nemesis can do to a cluster; each fault is undone before the next one starts. */
public enum FaultKind {
    /** SIGKILL of a node's process (a real crash: only what was fsynced survives), then a new process. */
    KILL,
    /** The node is cut off from every peer, both directions, then reconnected. */
    ISOLATE,
    /** The cluster is split into two groups that cannot talk, then healed. */
    SPLIT,
    /** A simulated crash (volatile state dropped, process alive), then a restart from its storage. */
    CRASH,
    /** The node's outgoing messages are queued, some delivered late, then all released at once. */
    HOLD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code kill,isolate,split,crash,hold} (any subset, any order).
     *
     * @throws IllegalArgumentException naming the unknown fault
     */
    public static Set<FaultKind> parseList(String text) {
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        for (String part : text.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            FaultKind kind = null;
            for (FaultKind k : values()) if (k.label().equals(name)) kind = k;
            if (kind == null) throw new IllegalArgumentException("unknown fault '" + part.strip() + "' (expected " + allLabels() + ")");
            kinds.add(kind);
        }
        if (kinds.isEmpty()) throw new IllegalArgumentException("no fault given (expected some of " + allLabels() + ")");
        return kinds;
    }

    public static String allLabels() {
        List<String> labels = new ArrayList<>();
        for (FaultKind k : values()) labels.add(k.label());
        return String.join(",", labels);
    }
}
