package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partition rules of the cluster as raftctl reasons about them: which pairs of nodes they cut, and
 * whether two nodes hold the same rules (the order in which nodes or groups were named does not matter).
 * The same semantics as the daemon's network faults: an isolated node reaches nobody; with a split, only
 * nodes of one group talk, and a node in no group is alone.
 */
record NetRules(Set<String> isolated, Set<Set<String>> groups) {

    static final NetRules NONE = new NetRules(Set.of(), Set.of());

    NetRules {
        isolated = new LinkedHashSet<>(isolated);
        groups = groups.stream().map(LinkedHashSet::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A node's rules as its status reports them (absent lists: none). */
    static NetRules of(AdminDtos.NetStatus net) {
        if (net == null) return NONE;
        return new NetRules(net.isolated() == null ? Set.of() : new LinkedHashSet<>(net.isolated()),
                net.groups() == null ? Set.of() : net.groups().stream().map(LinkedHashSet::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static NetRules isolating(String node) {
        return new NetRules(Set.of(node), Set.of());
    }

    static NetRules splitting(List<List<String>> groups) {
        return new NetRules(Set.of(), groups.stream().map(LinkedHashSet::new)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    List<String> isolatedList() {
        return List.copyOf(isolated);
    }

    List<List<String>> groupsList() {
        return groups.stream().map(List::copyOf).toList();
    }

    /** Whether these rules stop messages between {@code a} and {@code b} (either way: the rules are symmetric). */
    boolean cuts(String a, String b) {
        if (a.equals(b)) return false;
        if (isolated.contains(a) || isolated.contains(b)) return true;
        if (groups.isEmpty()) return false;
        return groups.stream().noneMatch(g -> g.contains(a) && g.contains(b));
    }

    /**
     * The pairs these rules cut where neither end has them, as {@code "n1-n3"}: each node enforces the rules
     * on what it sends and receives, so a pair is cut once either of its ends enforces them.
     */
    List<String> pairsNotCutYet(List<String> members, Collection<String> enforcing) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                String a = members.get(i);
                String b = members.get(j);
                if (cuts(a, b) && !enforcing.contains(a) && !enforcing.contains(b)) pairs.add(a + "-" + b);
            }
        }
        return pairs;
    }

    /** {@code isolated n2; split n1 | n2,n3}, or {@code none}. */
    String describe() {
        if (equals(NONE)) return "none";
        List<String> parts = new ArrayList<>();
        if (!isolated.isEmpty()) parts.add("isolated " + String.join(", ", isolated));
        if (!groups.isEmpty()) {
            parts.add("split " + groups.stream().map(g -> String.join(",", g)).collect(Collectors.joining(" | ")));
        }
        return String.join("; ", parts);
    }
}
