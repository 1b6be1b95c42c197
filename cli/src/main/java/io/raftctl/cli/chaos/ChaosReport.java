package io.raftctl.cli.chaos;

import io.raftctl.check.LinearizabilityChecker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of a chaos run: the faults injected, the writes and their fates, and every check's verdict. */
public record ChaosReport(ChaosOptions options, Path dir, Duration elapsed, Map<FaultKind, Integer> faults,
                          List<ClusterResult> clusters, LinearizabilityChecker.Result linearizability, Path historyFile,
                          List<Path> nonLinearizableFiles, List<String> convergenceProblems) {

    public boolean passed() {
        return convergenceProblems.isEmpty() && clusters.stream().allMatch(ClusterResult::passed)
                && (linearizability == null || linearizability.linearizable());
    }

    public long acknowledged() {
        return clusters.stream().mapToLong(ClusterResult::acknowledged).sum();
    }

    public long failed() {
        return clusters.stream().mapToLong(ClusterResult::failed).sum();
    }

    public long indeterminate() {
        return clusters.stream().mapToLong(ClusterResult::indeterminate).sum();
    }

    public long lost() {
        return clusters.stream().mapToLong(ClusterResult::lost).sum();
    }

    public long duplicated() {
        return clusters.stream().mapToLong(ClusterResult::duplicated).sum();
    }

    public int totalFaults() {
        return faults.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every problem found, one line each. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(convergenceProblems);
        for (ClusterResult c : clusters) for (String p : c.problems()) all.add(c.name() + ": " + p);
        if (linearizability != null) {
            for (LinearizabilityChecker.KeyResult k : linearizability.failures()) {
                all.add("key " + k.key() + " is " + (k.verdict() == LinearizabilityChecker.Verdict.UNKNOWN
                        ? "undecided (" + k.detail() + ")" : "not linearizable: " + k.detail()));
            }
        }
        return all;
    }

    /** The figures as one JSON document (for {@code -o json}). */
    public ChaosDocument document() {
        // Keyed by each kind's label.
        Map<String, Integer> byKind = new LinkedHashMap<>();
        faults.forEach((k, v) -> byKind.put(k.label(), v));
        List<ChaosDocument.Cluster> cs = new ArrayList<>();
        for (ClusterResult c : clusters) {
            cs.add(new ChaosDocument.Cluster(c.name(), c.machine(), c.acknowledged(), c.failed(), c.indeterminate(),
                    c.indeterminateLanded(), c.lost(), c.duplicated(), c.failedButApplied(), c.unexpected(), c.committed(),
                    c.logsAgree(), c.statesAgree(), c.reasons()));
        }
        ChaosDocument.Linearizability lin = linearizability == null ? null : new ChaosDocument.Linearizability(
                linearizability.keys().size(), linearizability.operations(),
                linearizability.failures().stream().map(LinearizabilityChecker.KeyResult::key).toList(),
                historyFile == null ? null : historyFile.toString(), nonLinearizableFiles.stream().map(Path::toString).toList());
        return new ChaosDocument(passed(), options.seed(), options.duration().toSeconds(), elapsed.toSeconds(),
                options.nodes(), acknowledged(), failed(), indeterminate(), lost(), duplicated(),
                linearizability == null ? null : linearizability.linearizable(), byKind, cs, lin, problems(), dir.toString(),
                !passed() || options.keep());
    }
}
