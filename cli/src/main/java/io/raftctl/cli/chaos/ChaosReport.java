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

    /** The figures as one JSON object (for {@code -o json}). */
    public Map<String, Object> toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", passed());
        doc.put("seed", options.seed());
        doc.put("duration_s", options.duration().toSeconds());
        doc.put("elapsed_s", elapsed.toSeconds());
        doc.put("nodes", options.nodes());
        doc.put("acknowledged", acknowledged());
        doc.put("failed", failed());
        doc.put("indeterminate", indeterminate());
        doc.put("lost", lost());
        doc.put("duplicated", duplicated());
        doc.put("linearizable", linearizability == null ? null : linearizability.linearizable());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        faults.forEach((k, v) -> byKind.put(k.label(), v));
        doc.put("faults", byKind);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (ClusterResult c : clusters) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("state_machine", c.machine());
            m.put("acknowledged", c.acknowledged());
            m.put("failed", c.failed());
            m.put("indeterminate", c.indeterminate());
            m.put("indeterminate_applied", c.indeterminateLanded());
            m.put("lost", c.lost());
            m.put("duplicated", c.duplicated());
            m.put("failed_but_applied", c.failedButApplied());
            m.put("unexpected", c.unexpected());
            m.put("committed_entries", c.committed());
            m.put("logs_agree", c.logsAgree());
            m.put("states_agree", c.statesAgree());
            m.put("outcomes_by_reason", c.reasons());
            cs.add(m);
        }
        doc.put("clusters", cs);
        if (linearizability != null) {
            Map<String, Object> lin = new LinkedHashMap<>();
            lin.put("keys", linearizability.keys().size());
            lin.put("operations_checked", linearizability.operations());
            lin.put("failed_keys", linearizability.failures().stream().map(LinearizabilityChecker.KeyResult::key).toList());
            lin.put("history_file", historyFile == null ? null : historyFile.toString());
            lin.put("non_linearizable_files", nonLinearizableFiles.stream().map(Path::toString).toList());
            doc.put("linearizability", lin);
        }
        doc.put("problems", problems());
        doc.put("dir", dir.toString());
        doc.put("kept", !passed() || options.keep());
        return doc;
    }
}
