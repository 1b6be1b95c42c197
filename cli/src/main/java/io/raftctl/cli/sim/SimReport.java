package io.raftctl.cli.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
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

    /**
     * The one JSON document (docs/json-output.md, "sim"): the seeds explored, the lines played by kind, and what the
     * failing seed found ({@code violation}, null when no seed broke an invariant).
     */
    public record Document(boolean ok, @JsonProperty("first_seed") long firstSeed, int seeds, int steps, Integer nodes,
                           String profile, Map<String, Integer> profiles, Map<String, Long> lines,
                           @JsonProperty("acknowledged_writes") long acknowledgedWrites,
                           @JsonProperty("max_term") long maxTerm, @JsonProperty("max_log_length") long maxLogLength,
                           double seconds, Found violation) {
    }

    /**
     * The failing seed's run and the shrunk script that reproduces it: {@code file} is {@code --out} (else null), and
     * {@code replay} the line that replays the script.
     */
    public record Found(long seed, String profile, int nodes, String invariant, String detail,
                        @JsonProperty("found_at_line") int foundAtLine, List<String> script,
                        @JsonProperty("script_lines") int scriptLines, @JsonProperty("script_invariant") String scriptInvariant,
                        @JsonProperty("script_detail") String scriptDetail, @JsonProperty("shrink_replays") int shrinkReplays,
                        @JsonProperty("shrink_budget_exhausted") boolean shrinkBudgetExhausted,
                        @JsonProperty("shrink_seconds") double shrinkSeconds, String file, String replay) {
    }

    public static Document json(SimSearch.Result r, FoundScript found, String file) {
        // Keyed by each kind's word, in the kinds' order.
        Map<String, Long> lines = new LinkedHashMap<>();
        r.lines().forEach((k, n) -> lines.put(k.word(), n));
        return new Document(r.ok(), r.firstSeed(), r.seedsRun(), r.options().steps(), r.options().nodes(),
                r.options().profile().label(), r.profiles(), lines, r.acknowledged(), r.maxTerm(), r.maxLogLength(),
                seconds(r.exploreNanos()), found == null ? null : found(r, found, file));
    }

    private static Found found(SimSearch.Result r, FoundScript found, String file) {
        Run failing = r.failing();
        Run minimal = found.run();
        return new Found(failing.seed(), failing.profile(), failing.setup().nodes(), failing.violation().invariant().label(),
                failing.violation().detail(), failing.played().size(), found.lines(), found.lines().size(),
                minimal.violation().invariant().label(), minimal.violation().detail(), r.shrunk().runs(),
                r.shrunk().budgetExhausted(), seconds(r.shrinkNanos()), file, found.replayCommand(file == null ? "FILE" : file));
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
