package io.raftctl.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** raftctl bench and command on the client port, against real raftd processes started by 'up'. */
class BenchIT {

    private static final long TIMEOUT_S = 180;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path work;

    @BeforeAll
    static void up() throws Exception {
        work = Files.createTempDirectory("raftctl-bench-it-");
        RaftctlProcess.Result r = RaftctlProcess.run(work, TIMEOUT_S, "up");
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(Files.readString(work.resolve("raftctl.yaml"))).contains("client: 127.0.0.1:");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!RaftctlProcess.run(work, TIMEOUT_S, "-o", "json", "status").stdout().contains("\"role\" : \"LEADER\"")) {
            assertThat(System.nanoTime()).as("a leader within 30s").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000); // polling interval
        }
    }

    @AfterAll
    static void down() throws Exception {
        RaftctlProcess.killDaemonsUnder(work);
        RaftctlProcess.deleteTree(work);
    }

    private static RaftctlProcess.Result raftctl(String... args) throws Exception {
        return RaftctlProcess.run(work, TIMEOUT_S, Map.of("TMPDIR", work.toString()), args);
    }

    @Test
    void printsATableAndPassesTheIntegrityCheck() throws Exception {
        RaftctlProcess.Result r = raftctl("bench", "--ramp", "1,4", "--duration", "1s", "--warmup", "1s");
        assertThat(r.exitCode()).as(r.all() + RaftctlProcess.daemonLogs(work)).isZero();
        assertThat(r.stdout()).contains("command 'add 1', fsync: true")
                .containsPattern("CLIENTS +OPS/S +P50-MS +P90-MS +P99-MS +P99.9-MS +MAX-MS +STALL-MS +LEADER-CHANGES"
                        + " +FAILED +UNKNOWN +ACKED +INTEGRITY")
                .containsPattern("\\n1 +\\d+ +[0-9.]+ .* ok\\n").containsPattern("\\n4 +\\d+ +[0-9.]+ .* ok\\n")
                .contains("integrity: every node holds ");
    }

    @Test
    void writesJsonFiguresPerClientCount() throws Exception {
        RaftctlProcess.Result r = raftctl("-o", "json", "bench", "--clients", "3", "--duration", "1s", "--warmup", "0s",
                "--command", "add 2");
        assertThat(r.exitCode()).as(r.all()).isZero();
        JsonNode doc = JSON.readTree(r.stdout());
        assertThat(doc.isArray()).isTrue();
        assertThat(doc).hasSize(1);
        JsonNode level = doc.get(0);
        for (String field : new String[]{"clients", "ops_per_s", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms",
                "longest_stall_ms", "leader_changes", "errors", "failed", "unknown_outcome", "acknowledged",
                "indeterminate", "integrity_ok", "fsync"}) {
            assertThat(level.has(field)).as(field).isTrue();
        }
        assertThat(level.get("clients").asInt()).isEqualTo(3);
        assertThat(level.get("acknowledged").asLong()).isPositive();
        assertThat(level.get("ops_per_s").asDouble()).isPositive();
        assertThat(level.get("p50_ms").asDouble()).isPositive().isLessThanOrEqualTo(level.get("max_ms").asDouble());
        assertThat(level.get("errors").asLong()).isZero();
        assertThat(level.get("leader_changes").asInt()).isZero();
        assertThat(level.get("integrity_ok").asBoolean()).as(level.toString()).isTrue();
    }

    @Test
    void followsTheNewLeaderWhenTheLeaderChangesDuringALevel() throws Exception {
        // Long enough for the change to fall inside the level even on a loaded machine; the level then goes on.
        RaftctlProcess.Result r = benchThroughALeaderChange("-o", "json", "bench", "--clients", "4", "--duration", "30s",
                "--warmup", "0s");
        assertThat(r.exitCode()).as(r.all() + RaftctlProcess.daemonLogs(work)).isZero();
        JsonNode level = JSON.readTree(r.stdout()).get(0);
        assertThat(level.get("leader_changes").asInt()).as(level.toString()).isGreaterThanOrEqualTo(1);
        assertThat(level.get("leader_moved_to").asText()).as(level.toString()).isNotEqualTo(level.get("leader").asText());
        assertThat(level.get("longest_stall_ms").asDouble()).as(level.toString()).isPositive()
                .isLessThanOrEqualTo(level.get("duration_s").asDouble() * 1000);
        // An operation in flight across the gap is measured from its first attempt, so the stall shows in the tail
        // (less the moment between an acknowledgement and the next command of the same client).
        assertThat(level.get("max_ms").asDouble()).as(level.toString())
                .isGreaterThanOrEqualTo(level.get("longest_stall_ms").asDouble() / 2);
        assertThat(level.get("acknowledged").asLong()).isPositive();
        assertThat(level.get("errors").asLong()).isEqualTo(level.get("failed").asLong() + level.get("unknown_outcome").asLong());
        assertThat(level.get("integrity_ok").asBoolean()).as(level.toString()).isTrue();
    }

    @Test
    void strictEndsTheRunAtALeaderChange() throws Exception {
        // --strict ends the level at the change, long before this duration.
        RaftctlProcess.Result r = benchThroughALeaderChange("bench", "--strict", "--clients", "4", "--duration", "120s",
                "--warmup", "0s");
        assertThat(r.exitCode()).as(r.all() + RaftctlProcess.daemonLogs(work)).isEqualTo(1);
        assertThat(r.stderr()).contains("leadership moved from ").contains("during the 4-client level");
        assertThat(r.stdout()).contains("integrity: every node holds ");
    }

    /**
     * Starts bench, and once its writes reach the leader, isolates the leader from its peers until another node
     * is elected (timers are on), then heals the network; returns bench's result.
     */
    private RaftctlProcess.Result benchThroughALeaderChange(String... benchArgs) throws Exception {
        JsonNode before = leaderStatus(null);
        RaftctlProcess.Running bench = RaftctlProcess.start(work, Map.of("TMPDIR", work.toString()), benchArgs);
        try {
            // Bounded polling inside raftctl: the commit index moves once bench's level runs.
            String id = before.get("id").asText();
            long target = before.get("commit").asLong() + 200;
            RaftctlProcess.Result loaded = raftctl("wait", id, "commit", ">", Long.toString(target), "--timeout", "60s");
            assertThat(loaded.exitCode()).as("bench writes commit: " + loaded.all()).isZero();
            String old = leaderStatus(null).get("id").asText(); // whoever leads now, as bench follows it
            RaftctlProcess.Result isolate = raftctl("net", "isolate", old);
            assertThat(isolate.exitCode()).as(isolate.all()).isZero();
            try {
                leaderStatus(old);
            } finally {
                RaftctlProcess.Result heal = raftctl("net", "heal");
                assertThat(heal.exitCode()).as(heal.all()).isZero();
            }
            return bench.await(TIMEOUT_S);
        } finally {
            if (bench.alive()) bench.await(0); // a failed assertion above: stop the bench this test started
        }
    }

    /**
     * The status of the node that leads (the highest term among those that claim it, other than {@code not} when
     * given), polled for up to 30 s.
     */
    private static JsonNode leaderStatus(String not) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            RaftctlProcess.Result r = raftctl("-o", "json", "status");
            JsonNode leader = null;
            if (!r.stdout().isBlank()) {
                for (JsonNode n : JSON.readTree(r.stdout()).get("nodes")) {
                    if (n.path("reachable").asBoolean() && "LEADER".equals(n.path("role").asText())
                            && !n.get("id").asText().equals(not)
                            && (leader == null || n.get("term").asLong() > leader.get("term").asLong())) {
                        leader = n;
                    }
                }
            }
            if (leader != null) return leader;
            assertThat(System.nanoTime()).as("a leader" + (not == null ? "" : " other than " + not) + " within 30s: "
                    + r.all()).isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000); // polling interval
        }
    }

    @Test
    void commandGoesThroughTheClientPortAndAWrongTokenIsRefused() throws Exception {
        RaftctlProcess.Result ok = raftctl("-o", "json", "command", "add", "7");
        assertThat(ok.exitCode()).as(ok.all()).isZero();
        assertThat(JSON.readTree(ok.stdout()).get("status").asText()).isEqualTo("OK");

        Path token = work.resolve(".raftctl/n1/admin.token");
        String real = Files.readString(token);
        Files.writeString(token, "0".repeat(64));
        try {
            RaftctlProcess.Result refused = raftctl("command", "--node", "n1", "add", "1");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.stderr()).contains("admin token rejected by n1 (127.0.0.1:");
        } finally {
            Files.writeString(token, real);
        }
    }

    @Test
    void failoverOnAFreshClusterTimesTheFirstAcceptedWrite() throws Exception {
        RaftctlProcess.Result r = raftctl("-o", "json", "bench", "--fresh-cluster", "--failover", "--tries", "2");
        assertThat(r.exitCode()).as(r.all()).isZero();
        JsonNode doc = JSON.readTree(r.stdout());
        assertThat(doc.get("tries").asInt()).isEqualTo(2);
        assertThat(doc.get("failover_p50_ms").asDouble()).isPositive();
        assertThat(doc.get("trials")).hasSize(2);
        assertThat(doc.get("trials").get(0).get("new_leader").asText())
                .isNotEqualTo(doc.get("trials").get(0).get("killed_leader").asText());
        assertThat(doc.get("integrity_ok").asBoolean()).as(doc.toString()).isTrue();
        try (var left = Files.list(work)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("raftctl-bench-")))
                    .as("the fresh cluster is removed").isEmpty();
        }
    }
}
