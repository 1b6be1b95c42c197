package io.raftctl.cli.sim;

import io.raftctl.sim.explore.ActionKind;
import io.raftctl.sim.explore.Run;
import io.raftctl.util.Durations;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code raftctl sim} prints: a summary of the seeds explored and, on a violation, the script that reproduces it. */
public final class SimReport {

    private SimReport() {
    }

    /** The one JSON document (docs/json-output.md, "sim"). */
    public static Map<String, Object> json(SimSearch.Result r, FoundScript found, String file) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", r.ok());
        doc.put("first_seed", r.firstSeed());
        doc.put("seeds", r.seedsRun());
        doc.put("steps", r.options().steps());
        doc.put("nodes", r.options().nodes());
        doc.put("profile", r.options().profile().label());
        doc.put("profiles", r.profiles());
        Map<String, Long> lines = new LinkedHashMap<>();
        r.lines().forEach((k, n) -> lines.put(k.word(), n));
        doc.put("lines", lines);
        doc.put("acknowledged_writes", r.acknowledged());
        doc.put("max_term", r.maxTerm());
        doc.put("max_log_length", r.maxLogLength());
        doc.put("seconds", seconds(r.exploreNanos()));
        if (found == null) {
            doc.put("violation", null);
            return doc;
        }
        Run failing = r.failing();
        Run minimal = found.run();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("seed", failing.seed());
        v.put("profile", failing.profile());
        v.put("nodes", failing.setup().nodes());
        v.put("invariant", failing.violation().invariant().label());
        v.put("detail", failing.violation().detail());
        v.put("found_at_line", failing.played().size());
        v.put("script", found.lines());
        v.put("script_lines", found.lines().size());
        v.put("script_invariant", minimal.violation().invariant().label());
        v.put("script_detail", minimal.violation().detail());
        v.put("shrink_replays", r.shrunk().runs());
        v.put("shrink_budget_exhausted", r.shrunk().budgetExhausted());
        v.put("shrink_seconds", seconds(r.shrinkNanos()));
        v.put("file", file);
        v.put("replay", found.replayCommand(file == null ? "FILE" : file));
        doc.put("violation", v);
        return doc;
    }

    public static String text(SimSearch.Result r, FoundScript found, String file, boolean written) {
        StringBuilder b = new StringBuilder();
        long last = r.firstSeed() + r.seedsRun() - 1;
        b.append("explored ").append(r.seedsRun()).append(r.seedsRun() == 1 ? " seed (" + r.firstSeed() : " seeds (" + r.firstSeed() + " to " + last)
                .append("), ").append(r.options().steps()).append(" steps each, profile ").append(r.options().profile().label());
        if (r.profiles().size() > 1 || !r.profiles().containsKey(r.options().profile().label())) {
            b.append(" (").append(r.profiles().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(")");
        }
        b.append(found == null ? ": no violation\n" : ": seed " + r.failing().seed() + " breaks " + r.failing().violation().invariant().label() + "\n");
        b.append("lines: ").append(byFrequency(r.lines()).stream().map(e -> e.getKey().word() + " " + e.getValue())
                .collect(Collectors.joining(", "))).append('\n');
        b.append("acknowledged writes ").append(r.acknowledged()).append(", highest term ").append(r.maxTerm())
                .append(", longest log ").append(r.maxLogLength()).append(" entries, ").append(duration(r.exploreNanos())).append('\n');
        if (found == null) return b.toString();

        Run failing = r.failing();
        b.append('\n').append("seed ").append(failing.seed()).append(" (profile ").append(failing.profile()).append(", ")
                .append(failing.setup().nodes()).append(" nodes), at line ").append(failing.played().size()).append(": ")
                .append(failing.violation()).append('\n');
        b.append("shrunk to ").append(found.lines().size()).append(" lines in ").append(r.shrunk().runs()).append(" replays (")
                .append(duration(r.shrinkNanos())).append(r.shrunk().budgetExhausted() ? ", budget exhausted: not minimal" : "")
                .append("):\n\n");
        b.append(found.text(file)).append('\n');
        b.append(written ? "wrote " + file + "\n" : "save the script above as " + file + ", then replay it:\n");
        b.append("replay: ").append(found.replayCommand(file)).append('\n');
        return b.toString();
    }

    /** Lines by kind, most frequent first. */
    static List<Map.Entry<ActionKind, Long>> byFrequency(Map<ActionKind, Long> lines) {
        return lines.entrySet().stream().sorted(Map.Entry.<ActionKind, Long>comparingByValue().reversed()).toList();
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    private static String duration(long nanos) {
        return Durations.format(Duration.ofNanos(nanos).truncatedTo(ChronoUnit.MILLIS));
    }
}
