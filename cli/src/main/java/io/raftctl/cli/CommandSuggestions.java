package io.raftctl.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the known names closest to a mistyped one by edit distance (a swap of two letters counts once). */
final class CommandSuggestions {

    private CommandSuggestions() {
    }

    /** Up to three names at the smallest distance, if that distance is small enough to be a typo. */
    static List<String> closest(String typed, Collection<String> names) {
        int best = Integer.MAX_VALUE;
        List<String> found = new ArrayList<>();
        for (String name : names.stream().sorted(Comparator.naturalOrder()).toList()) {
            int d = distance(typed, name);
            if (d > maxDistance(typed)) continue;
            if (d < best) {
                best = d;
                found.clear();
            }
            if (d == best) found.add(name);
        }
        return found.subList(0, Math.min(3, found.size()));
    }

    /** One edit for short words, two from five letters on: {@code elcet} → {@code elect}, {@code stauts} → {@code status}. */
    private static int maxDistance(String typed) {
        return typed.length() < 5 ? 1 : 2;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
