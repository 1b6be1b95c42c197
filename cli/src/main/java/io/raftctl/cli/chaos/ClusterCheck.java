package io.raftctl.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The end-of-run checks of one converged cluster: the same committed log everywhere, the same state everywhere
 * (and the one a replay of that log gives), and every write accounted for exactly as its client was told.
 */
final class ClusterCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PROBLEMS_PER_KIND = 5;

    /** A committed log entry, as the nodes report it. */
    record LogEntry(long index, long term, String kind, String command) {
    }

    private ClusterCheck() {
    }

    static ClusterResult run(ChaosCluster cluster, WriteLedger ledger) {
        List<String> problems = new ArrayList<>();
        Map<String, List<LogEntry>> logs = new TreeMap<>();
        Map<String, JsonNode> states = new TreeMap<>();
        for (String id : cluster.ids()) {
            JsonNode log = cluster.node(id).log();
            JsonNode state = cluster.node(id).state();
            if (log == null || state == null) {
                problems.add(id + " did not answer the final checks");
                continue;
            }
            logs.put(id, committed(log));
            states.put(id, state);
        }
        return evaluate(cluster.name(), cluster.machine(), cluster.ids(), logs, states, ledger, problems);
    }

    /** The checks on what the nodes answered: their committed logs and states, by node id. */
    static ClusterResult evaluate(String name, String machine, List<String> ids, Map<String, List<LogEntry>> logs,
                                  Map<String, JsonNode> states, WriteLedger ledger, List<String> problems) {
        List<LogEntry> reference = logs.isEmpty() ? List.of() : logs.values().iterator().next();
        String referenceId = logs.isEmpty() ? "" : logs.keySet().iterator().next();
        boolean logsAgree = logs.size() == ids.size();
        for (Map.Entry<String, List<LogEntry>> e : logs.entrySet()) {
            String divergence = firstDifference(reference, e.getValue());
            if (divergence != null) {
                logsAgree = false;
                problems.add(referenceId + " and " + e.getKey() + " differ: " + divergence);
            }
        }
        JsonNode replayed = replay(machine, reference);
        boolean statesAgree = states.size() == ids.size();
        for (Map.Entry<String, JsonNode> e : states.entrySet()) {
            if (!replayed.equals(e.getValue())) {
                statesAgree = false;
                problems.add(e.getKey() + " has state " + e.getValue() + " but its committed log gives " + replayed);
            }
        }
        return machine.equals("kv") ? accountKv(name, machine, ledger, reference, logsAgree, statesAgree, problems)
                : accountCounter(name, machine, ledger, reference, logsAgree, statesAgree, problems);
    }

    /** Each set writes a unique value, so each write can be looked up in the log by its text. */
    private static ClusterResult accountKv(String name, String machine, WriteLedger ledger, List<LogEntry> log, boolean logsAgree,
                                          boolean statesAgree, List<String> problems) {
        Map<String, Integer> inLog = new HashMap<>();
        for (LogEntry e : log) if (e.command().startsWith("set ")) inLog.merge(e.command(), 1, Integer::sum);
        Map<String, CommandOutcome.Kind> issued = ledger.byText();
        long lost = 0, duplicated = 0, failedButApplied = 0, landed = 0, unexpected = 0;
        Map<String, Integer> reported = new HashMap<>();
        for (Map.Entry<String, CommandOutcome.Kind> w : issued.entrySet()) {
            int n = inLog.getOrDefault(w.getKey(), 0);
            if (n > 1) {
                duplicated++;
                note(problems, reported, "duplicated", "'" + w.getKey() + "' is in the log " + n + " times");
            }
            switch (w.getValue()) {
                case OK -> {
                    if (n == 0) {
                        lost++;
                        note(problems, reported, "lost", "acknowledged '" + w.getKey() + "' is not in the committed log");
                    }
                }
                case FAIL -> {
                    if (n > 0) {
                        failedButApplied++;
                        note(problems, reported, "failed", "'" + w.getKey() + "' failed for its client but is in the log");
                    }
                }
                case INFO -> {
                    if (n > 0) landed++;
                }
            }
        }
        for (String text : inLog.keySet()) {
            if (!issued.containsKey(text)) {
                unexpected++;
                note(problems, reported, "unexpected", "'" + text + "' is in the log but no client sent it");
            }
        }
        return new ClusterResult(name, machine, ledger.acknowledged(), ledger.failed(),
                ledger.indeterminate(), landed, lost, duplicated, failedButApplied, unexpected, log.size(), logsAgree,
                statesAgree, problems, ledger.reasons());
    }

    /**
     * Every counter write is {@code add 1}: the committed log must hold at least the acknowledged ones and at
     * most those plus the indeterminate ones.
     */
    private static ClusterResult accountCounter(String name, String machine, WriteLedger ledger, List<LogEntry> log,
                                                boolean logsAgree, boolean statesAgree, List<String> problems) {
        long adds = 0, unexpected = 0;
        for (LogEntry e : log) {
            if (e.command().equals("add 1")) adds++;
            else if (e.kind().equals("command")) unexpected++;
        }
        long lost = Math.max(0, ledger.acknowledged() - adds);
        long extra = Math.max(0, adds - ledger.acknowledged() - ledger.indeterminate());
        if (lost > 0) problems.add(ledger.acknowledged() + " add 1 were acknowledged but the committed log holds only " + adds);
        if (extra > 0) {
            problems.add("the committed log holds " + adds + " add 1 but only " + ledger.acknowledged() + " acknowledged and "
                    + ledger.indeterminate() + " indeterminate were sent");
        }
        if (unexpected > 0) problems.add(unexpected + " committed commands no client sent");
        long landed = Math.max(0, Math.min(ledger.indeterminate(), adds - ledger.acknowledged()));
        // Which add 1 landed twice cannot be told apart from an indeterminate one landing: extra counts as duplicated.
        return new ClusterResult(name, machine, ledger.acknowledged(), ledger.failed(),
                ledger.indeterminate(), landed, lost, extra, 0, unexpected, log.size(), logsAgree, statesAgree, problems,
                ledger.reasons());
    }

    private static void note(List<String> problems, Map<String, Integer> reported, String kind, String line) {
        if (reported.merge(kind, 1, Integer::sum) <= MAX_PROBLEMS_PER_KIND) problems.add(line);
    }

    static List<LogEntry> committed(JsonNode log) {
        List<LogEntry> entries = new ArrayList<>();
        long commit = log.path("commit").asLong();
        for (JsonNode e : log.path("entries")) {
            if (e.path("index").asLong() > commit) break;
            entries.add(new LogEntry(e.path("index").asLong(), e.path("term").asLong(), e.path("kind").asText(),
                    e.path("command").asText("")));
        }
        return entries;
    }

    /** Null if {@code b} equals {@code a}, else where they first differ. */
    static String firstDifference(List<LogEntry> a, List<LogEntry> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!Objects.equals(a.get(i), b.get(i))) return "entry " + a.get(i) + " versus " + b.get(i);
        }
        if (a.size() != b.size()) return "committed logs of " + a.size() + " and " + b.size() + " entries";
        return null;
    }

    /** The state a built-in state machine reaches by applying {@code log}, in the form /v1/state reports it. */
    static JsonNode replay(String machine, List<LogEntry> log) {
        ObjectNode state = JSON.createObjectNode();
        if (machine.equals("kv")) {
            Map<String, String> map = new TreeMap<>();
            for (LogEntry e : log) {
                String[] parts = e.command().split(" ", 3);
                if (parts[0].equals("set") && parts.length == 3) map.put(parts[1], parts[2]);
                if (parts[0].equals("del") && parts.length == 2) map.remove(parts[1]);
            }
            state.put("kind", "kv");
            ObjectNode entries = state.putObject("entries");
            map.forEach(entries::put);
        } else {
            long total = 0;
            for (LogEntry e : log) {
                String[] parts = e.command().split(" ");
                if (parts.length == 2 && parts[0].equals("add")) total += Long.parseLong(parts[1]);
                if (parts.length == 2 && parts[0].equals("sub")) total -= Long.parseLong(parts[1]);
            }
            state.put("kind", "counter");
            state.put("total", total);
        }
        // Parsed back, so that numbers compare as the nodes' parsed answers do (an int node is not a long node).
        try {
            return JSON.readTree(state.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
