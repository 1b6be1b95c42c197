package io.raftctl.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.cli.chaos.ClusterCheck.LogEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The end-of-run accounting on made-up cluster answers: it passes a healthy cluster and catches every violation. */
class ClusterCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> IDS = List.of("n1", "n2", "n3");

    private static List<LogEntry> log(String... commands) {
        List<LogEntry> log = new ArrayList<>();
        log.add(new LogEntry(1, 1, "term-start", ""));
        for (String c : commands) log.add(new LogEntry(log.size() + 1, 1, "command", c));
        return log;
    }

    private static Map<String, List<LogEntry>> everywhere(List<LogEntry> log) {
        Map<String, List<LogEntry>> logs = new TreeMap<>();
        for (String id : IDS) logs.put(id, log);
        return logs;
    }

    private static Map<String, JsonNode> states(String json) throws Exception {
        Map<String, JsonNode> states = new TreeMap<>();
        for (String id : IDS) states.put(id, JSON.readTree(json));
        return states;
    }

    private static ClusterResult kv(Map<String, List<LogEntry>> logs, Map<String, JsonNode> states, WriteLedger ledger) {
        return ClusterCheck.evaluate("c", "kv", IDS, logs, states, ledger, new ArrayList<>());
    }

    @Test
    void aHealthyKvClusterPassesAndCountsIndeterminateWritesThatLanded() throws Exception {
        WriteLedger ledger = new WriteLedger();
        ledger.record("set k 1-1", true, CommandOutcome.ok("OK", 2));
        ledger.record("set k 2-1", true, CommandOutcome.info("timeout"));
        ledger.record("set k 3-1", true, CommandOutcome.info("timeout"));
        ledger.record("set j 1-2", true, CommandOutcome.fail("not leader", "n1"));
        ClusterResult r = kv(everywhere(log("set k 1-1", "get k", "set k 2-1")), states("{\"kind\":\"kv\",\"entries\":{\"k\":\"2-1\"}}"), ledger);
        assertThat(r.passed()).as("%s", r.problems()).isTrue();
        assertThat(r.acknowledged()).isEqualTo(1);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.indeterminate()).isEqualTo(2);
        assertThat(r.indeterminateLanded()).isEqualTo(1);
    }

    @Test
    void aLostAcknowledgedWriteFailsTheRun() throws Exception {
        WriteLedger ledger = new WriteLedger();
        ledger.record("set k 1-1", true, CommandOutcome.ok("OK", 2));
        ledger.record("set k 1-2", true, CommandOutcome.ok("OK", 3));
        ClusterResult r = kv(everywhere(log("set k 1-1")), states("{\"kind\":\"kv\",\"entries\":{\"k\":\"1-1\"}}"), ledger);
        assertThat(r.passed()).isFalse();
        assertThat(r.lost()).isEqualTo(1);
        assertThat(r.problems()).anyMatch(p -> p.contains("'set k 1-2' is not in the committed log"));
    }

    @Test
    void aWriteAppliedTwiceAFailedWriteAppliedAndAnUnknownCommandAreCaught() throws Exception {
        WriteLedger ledger = new WriteLedger();
        ledger.record("set k 1-1", true, CommandOutcome.ok("OK", 2));
        ledger.record("set k 1-2", true, CommandOutcome.fail("crashed", null));
        ClusterResult r = kv(everywhere(log("set k 1-1", "set k 1-1", "set k 1-2", "set k 9-9")),
                states("{\"kind\":\"kv\",\"entries\":{\"k\":\"9-9\"}}"), ledger);
        assertThat(r.duplicated()).isEqualTo(1);
        assertThat(r.failedButApplied()).isEqualTo(1);
        assertThat(r.unexpected()).isEqualTo(1);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void divergentLogsAndStatesAreCaught() throws Exception {
        WriteLedger ledger = new WriteLedger();
        ledger.record("set k 1-1", true, CommandOutcome.ok("OK", 2));
        Map<String, List<LogEntry>> logs = everywhere(log("set k 1-1"));
        List<LogEntry> other = new ArrayList<>(log("set k 1-1"));
        other.set(1, new LogEntry(2, 2, "command", "set k 1-1"));
        logs.put("n3", other);
        Map<String, JsonNode> states = states("{\"kind\":\"kv\",\"entries\":{\"k\":\"1-1\"}}");
        states.put("n2", JSON.readTree("{\"kind\":\"kv\",\"entries\":{}}"));
        ClusterResult r = kv(logs, states, ledger);
        assertThat(r.logsAgree()).isFalse();
        assertThat(r.statesAgree()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.startsWith("n1 and n3 differ"));
        assertThat(r.problems()).anyMatch(p -> p.startsWith("n2 has state"));
    }

    @Test
    void counterWritesAreCountedAgainstTheLog() throws Exception {
        WriteLedger ledger = new WriteLedger();
        for (int i = 0; i < 3; i++) ledger.record("add 1", false, CommandOutcome.ok(String.valueOf(i + 1), i + 2));
        ledger.record("add 1", false, CommandOutcome.info("timeout"));
        ClusterResult ok = ClusterCheck.evaluate("c", "counter", IDS, everywhere(log("add 1", "add 1", "add 1", "add 1")),
                states("{\"kind\":\"counter\",\"total\":4}"), ledger, new ArrayList<>());
        assertThat(ok.passed()).as("%s", ok.problems()).isTrue();
        assertThat(ok.indeterminateLanded()).isEqualTo(1);

        ClusterResult lost = ClusterCheck.evaluate("c", "counter", IDS, everywhere(log("add 1", "add 1")),
                states("{\"kind\":\"counter\",\"total\":2}"), ledger, new ArrayList<>());
        assertThat(lost.lost()).isEqualTo(1);
        assertThat(lost.passed()).isFalse();

        ClusterResult extra = ClusterCheck.evaluate("c", "counter", IDS, everywhere(log("add 1", "add 1", "add 1", "add 1", "add 1")),
                states("{\"kind\":\"counter\",\"total\":5}"), ledger, new ArrayList<>());
        assertThat(extra.duplicated()).isEqualTo(1);
        assertThat(extra.passed()).isFalse();
    }
}
