package io.raftctl.cli.script;

import java.util.List;
import java.util.Set;

/**
 * What a script does with clusters, read from its lines before it runs: whether it starts a cluster of its own
 * (an {@code up} line) and whether it names a cluster file ({@code -c FILE} on some line). A script that starts its
 * own cluster without naming a file does not care where the cluster lives, so {@code run} can give it a scratch
 * directory instead of the operator's {@code ./raftctl.yaml}.
 */
public record ScriptPlan(boolean startsOwnCluster, boolean namesClusterFile) {

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-c", "--config", "-o", "--output");

    public static ScriptPlan of(List<String> lines) {
        boolean up = false;
        boolean names = false;
        for (String line : lines) {
            if (ScriptRunner.isSkipped(line)) continue;
            List<String> words;
            try {
                words = LineTokenizer.tokenize(line.strip());
            } catch (IllegalArgumentException e) {
                continue; // the line fails when it runs, with its own message
            }
            for (String w : words) {
                if (w.equals("-c") || w.equals("--config") || w.startsWith("--config=") || (w.startsWith("-c") && w.length() > 2 && !w.startsWith("--"))) {
                    names = true;
                }
            }
            if ("up".equals(command(words))) up = true;
        }
        return new ScriptPlan(up, names);
    }

    /** The first word that is neither a global option nor its value. */
    static String command(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (OPTIONS_WITH_VALUE.contains(w)) {
                i++;
                continue;
            }
            if (w.startsWith("-")) continue;
            return w;
        }
        return null;
    }
}
