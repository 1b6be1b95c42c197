package io.raftctl.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code raftctl chaos} on real raftd processes, bounded for CI: a kv and a counter cluster under every fault
 * kind for {@value #SECONDS}s, then the end-of-run checks. Longer runs: {@code -Dchaos.seconds=600}.
 */
class ChaosIT {

    private static final int SECONDS = 50;
    private static final long SEED = 20_250_611L;

    @Test
    void noAcknowledgedWriteIsLostAndTheHistoryIsLinearizable() throws Exception {
        int seconds = Integer.getInteger("chaos.seconds", SECONDS);
        Path work = Files.createTempDirectory("raftctl-it-chaos-");
        try {
            RaftctlProcess.Result r = RaftctlProcess.run(work, seconds + 240L, "-o", "json", "chaos",
                    "--duration", seconds + "s", "--seed", Long.toString(SEED), "--dir", work.resolve("run").toString());
            String why = String.format("exit %d%n--- stdout%n%s%n--- stderr%n%s%n%s", r.exitCode(), r.stdout(), r.stderr(),
                    RaftctlProcess.daemonLogs(work));
            assertThat(r.exitCode()).as(why).isZero();
            JsonNode report = new ObjectMapper().readTree(r.stdout());
            System.out.printf("chaos %ds seed %d: faults %s; writes %d acknowledged, %d failed, %d indeterminate; lost %d, "
                            + "duplicated %d; linearizable %s (%d operations)%n", seconds, SEED, report.get("faults"),
                    report.get("acknowledged").asLong(), report.get("failed").asLong(), report.get("indeterminate").asLong(),
                    report.get("lost").asLong(), report.get("duplicated").asLong(), report.get("linearizable").asBoolean(),
                    report.get("linearizability").get("operations_checked").asLong());
            assertThat(report.get("ok").asBoolean()).as(why).isTrue();
            assertThat(report.get("seed").asLong()).isEqualTo(SEED);
            assertThat(report.get("lost").asLong()).as(why).isZero();
            assertThat(report.get("duplicated").asLong()).as(why).isZero();
            assertThat(report.get("linearizable").asBoolean()).as(why).isTrue();
            for (String kind : new String[]{"kill", "isolate", "split", "crash", "hold"}) {
                assertThat(report.get("faults").get(kind).asInt()).as("%s faults%n%s", kind, why).isPositive();
            }
            for (JsonNode c : report.get("clusters")) {
                assertThat(c.get("acknowledged").asLong()).as("%s writes acknowledged despite the faults", c.get("name")).isGreaterThan(50);
                assertThat(c.get("logs_agree").asBoolean()).isTrue();
                assertThat(c.get("states_agree").asBoolean()).isTrue();
                assertThat(c.get("failed_but_applied").asLong()).isZero();
                assertThat(c.get("unexpected").asLong()).isZero();
            }
            assertThat(report.get("acknowledged").asLong() + report.get("failed").asLong() + report.get("indeterminate").asLong())
                    .isEqualTo(sum(report, "acknowledged") + sum(report, "failed") + sum(report, "indeterminate"));
            assertThat(report.get("linearizability").get("operations_checked").asLong()).isGreaterThan(100);
            assertThat(Path.of(report.get("linearizability").get("history_file").asText())).exists();
            assertThat(work.resolve("run/nemesis.log")).exists();
        } finally {
            assertThat(RaftctlProcess.killDaemonsUnder(work)).as("raftctl chaos stops every daemon it started").isZero();
            RaftctlProcess.deleteTree(work);
        }
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-chaos-");
        try {
            RaftctlProcess.Result r = RaftctlProcess.run(work, 60, "chaos", "--faults", "kill,melt");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.stderr().strip()).isEqualTo("error: unknown fault 'melt' (expected kill,isolate,split,crash,hold)");
            RaftctlProcess.Result two = RaftctlProcess.run(work, 60, "chaos", "--nodes", "2");
            assertThat(two.exitCode()).isEqualTo(2);
            assertThat(two.stderr()).contains("--nodes must be between 3 and");
        } finally {
            RaftctlProcess.deleteTree(work);
        }
    }

    private static long sum(JsonNode report, String field) {
        long total = 0;
        for (JsonNode c : report.get("clusters")) total += c.get(field).asLong();
        return total;
    }
}
