package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.storage.FailingDiskRaftd;
import io.raftctl.storage.OnDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged and failing storage under real raftd processes: a torn tail, a flipped bit, a truncated meta file, a full
 * disk (a real tmpfs) and a failing fsync (a stand-in main that makes the disk fail, see {@link FailingDiskRaftd}).
 */
class StorageFaultsProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private LocalCluster cluster;
    private Path mounted;

    @AfterEach
    void stop() throws Exception {
        if (cluster != null) cluster.close();
        if (mounted != null) run("umount", mounted.toString());
    }

    // ---------------------------------------------------------------- helpers

    private Path storage(String id) {
        return dir.resolve("data").resolve(id).resolve("storage");
    }

    private JsonNode status(String id) throws IOException {
        return JSON.readTree(cluster.get(id, "/v1/status").body());
    }

    private JsonNode command(String id, String text) throws IOException {
        return JSON.readTree(cluster.post(id, "/v1/command", JSON.createObjectNode().put("command", text).toString()).body());
    }

    private void elect(String id) throws IOException {
        cluster.post(id, "/v1/elect", "{}");
        LocalCluster.await(WAIT, () -> role(id).equals("LEADER"), id + " to lead");
    }

    private String role(String id) {
        try {
            return status(id).get("role").asText();
        } catch (IOException e) {
            return "unreachable";
        }
    }

    private long total(String id) {
        try {
            HttpResponse<String> r = cluster.get(id, "/v1/state");
            return r.statusCode() == 200 ? JSON.readTree(r.body()).get("total").asLong() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private int exitCode(Process p) throws InterruptedException {
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("raftd exits").isTrue();
        return p.exitValue();
    }

    /** Kills a node and waits for its restart to answer. */
    private void relaunch(String id, String... args) throws Exception {
        cluster.kill(id);
        cluster.launch(id, args);
        cluster.awaitUp(id);
    }

    /** With timers off, heartbeats from the leader are what brings a follower up to date. */
    private void awaitCaughtUp(String leader, String follower) {
        LocalCluster.await(WAIT, () -> {
            try {
                cluster.post(leader, "/v1/heartbeat", "{}");
                JsonNode l = status(leader);
                JsonNode f = status(follower);
                return f.get("applied").asLong() == l.get("last_index").asLong()
                        && JSON.readTree(cluster.get(follower, "/v1/state").body()).equals(JSON.readTree(cluster.get(leader, "/v1/state").body()));
            } catch (IOException | NullPointerException e) {
                return false;
            }
        }, follower + " to catch up with " + leader);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }

    // ---------------------------------------------------------------- tests

    @Test
    void aTornTailIsCutAtStartWithAWarningAndNothingAcknowledgedIsLost() throws Exception {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n").start();
        elect("n1");
        for (int i = 1; i <= 5; i++) assertThat(command("n1", "add " + i).get("ok").asBoolean()).isTrue();
        LocalCluster.await(WAIT, () -> total("n2") == 15 && total("n3") == 15, "followers to apply");

        // SIGKILL in the middle of writing the next record: half of it reached the disk.
        cluster.kill("n1");
        Path segment = OnDisk.lastSegment(storage("n1"));
        long intact = Files.size(segment);
        byte[] record = OnDisk.commandRecord(7, 1, "add 100");
        Files.write(segment, Arrays.copyOf(record, record.length / 2), StandardOpenOption.APPEND);

        cluster.launch("n1");
        cluster.awaitUp("n1");
        assertThat(status("n1").get("last_index").asLong()).as("every intact record kept").isEqualTo(6);
        assertThat(Files.size(segment)).as("the torn tail is cut off").isEqualTo(intact);
        assertThat(cluster.output("n1")).contains("raftd: warning: the log ended with an interrupted write: dropped "
                + record.length / 2 + " bytes that were never acknowledged, so the log now ends at index 6");
        assertThat(Files.readString(dir.resolve("data/n1/raftd.log"))).contains("WARN").contains("ended with an interrupted write");

        // Half a record beyond the durable watermark was never whole, so never acknowledged: n1 may vote at once.
        assertThat(status("n1").get("recovering").isNull()).as("a torn final record is no reason to recover").isTrue();
        elect("n1");
        assertThat(command("n1", "add 1").get("value").asText()).isEqualTo("16");
        awaitCaughtUp("n1", "n2");
        awaitCaughtUp("n1", "n3");
        assertThat(total("n3")).isEqualTo(16);
    }

    @Test
    void aFlippedBitBeforeTheTailRefusesTheStartUnlessRepairCutsThere() throws Exception {
        cluster = new LocalCluster(dir, 1, "raft:\n  timers: off\n").start();
        elect("n1");
        for (int i = 1; i <= 5; i++) assertThat(command("n1", "add " + i).get("ok").asBoolean()).isTrue();
        cluster.kill("n1");

        Path segment = OnDisk.lastSegment(storage("n1"));
        List<Long> offsets = OnDisk.recordOffsets(segment);
        assertThat(offsets).hasSize(6); // the term-start entry and five commands
        long third = offsets.get(2);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[(int) third + 12] ^= 0x04; // inside the record's term field, covered by its CRC
        Files.write(segment, bytes);

        Process refused = cluster.launch("n1");
        assertThat(exitCode(refused)).isEqualTo(1);
        String sentence = cluster.output("n1").strip();
        assertThat(sentence).doesNotContain("\n").startsWith("raftd: log segment ").contains(segment.getFileName().toString())
                .endsWith(" is corrupt at byte offset " + third + " (CRC mismatch); start with --repair to truncate the log there");
        assertThat(Files.readAllBytes(segment)).as("refusing changes nothing").isEqualTo(bytes);

        Path out = dir.resolve("n1.out");
        Files.writeString(out, "");
        cluster.launch("n1", "--repair");
        cluster.awaitUp("n1");
        assertThat(cluster.output("n1")).contains("raftd: warning: repair: log segment ")
                .contains("is corrupt at byte offset " + third + " (CRC mismatch); dropped 4 record(s) ("
                        + (bytes.length - third) + " bytes), so the log now ends at index 2");
        assertThat(status("n1").get("last_index").asLong()).isEqualTo(2);
        assertThat(Files.size(segment)).isEqualTo(third);

        // Repaired for good: a plain start is clean, and the node works.
        Files.writeString(out, "");
        relaunch("n1");
        assertThat(cluster.output("n1")).doesNotContain("warning");
        elect("n1");
        assertThat(command("n1", "add 10").get("value").asText()).isEqualTo("11");
    }

    @Test
    void aTruncatedMetaFileRefusesTheStartEvenWithRepair() throws Exception {
        cluster = new LocalCluster(dir, 1, "raft:\n  timers: off\n").start();
        elect("n1");
        assertThat(command("n1", "add 1").get("ok").asBoolean()).isTrue();
        cluster.kill("n1");
        Path meta = OnDisk.metaFile(storage("n1"));
        Files.write(meta, Arrays.copyOf(Files.readAllBytes(meta), 10));

        String expected = "raftd: meta file " + meta.toAbsolutePath() + " is truncated (10 bytes, at least 24 expected); "
                + "refusing to start rather than forget the node's term and vote";
        Path out = dir.resolve("n1.out");
        for (String[] args : new String[][]{{}, {"--repair"}}) {
            Files.writeString(out, "");
            Process p = cluster.launch("n1", args);
            assertThat(exitCode(p)).isEqualTo(1);
            assertThat(cluster.output("n1").strip()).isEqualTo(expected);
        }
        assertThat(Files.size(meta)).isEqualTo(10);
    }

    @Test
    void aDeletedMetaFileNextToALogRefusesTheStartEvenWithRepair() throws Exception {
        cluster = new LocalCluster(dir, 1, "raft:\n  timers: off\n").start();
        elect("n1");
        assertThat(command("n1", "add 1").get("ok").asBoolean()).isTrue();
        cluster.kill("n1");
        Path meta = OnDisk.metaFile(storage("n1"));
        Files.delete(meta);

        // Starting with term 0 and no vote could let the node vote twice in a term it already voted in.
        Path out = dir.resolve("n1.out");
        for (String[] args : new String[][]{{}, {"--repair"}}) {
            Files.writeString(out, "");
            Process p = cluster.launch("n1", args);
            assertThat(exitCode(p)).isEqualTo(1);
            assertThat(cluster.output("n1").strip()).startsWith("raftd: meta file " + meta.toAbsolutePath() + " is missing although the log holds ");
            assertThat(cluster.output("n1").strip().lines().count()).as("one sentence").isEqualTo(1);
        }
        assertThat(Files.exists(meta)).as("nothing was written in its place").isFalse();
    }

    /**
     * A real full disk: n1's storage directory is a small tmpfs. Its leader fills it; the write that does not fit
     * stops n1 from accepting writes, nothing acknowledged is lost, and with space again a restart recovers it.
     */
    @Test
    void aFullDiskStopsTheNodeFromAcceptingWritesAndLosesNothingAcknowledged() throws Exception {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\nstate_machine: kv\n");
        Files.createDirectories(storage("n1"));
        try {
            run("mount", "-t", "tmpfs", "-o", "size=192k", "raftd-test-full-disk", storage("n1").toString());
        } catch (IOException e) {
            Assumptions.abort("cannot mount a tmpfs here (" + e.getMessage() + "); the failing-fsync test still runs");
        }
        mounted = storage("n1");
        cluster.start();
        elect("n1");

        String filler = "x".repeat(1000);
        List<Integer> acknowledged = new ArrayList<>();
        JsonNode refused = null;
        for (int i = 1; i <= 1000 && refused == null; i++) {
            JsonNode r = command("n1", "set k" + i + " " + i + filler);
            if (r.get("ok").asBoolean()) acknowledged.add(i); else refused = r;
        }
        assertThat(refused).as("the disk fills up").isNotNull();
        assertThat(refused.get("status").asText()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(acknowledged).hasSizeGreaterThan(50);

        JsonNode s = status("n1");
        assertThat(s.get("role").asText()).isEqualTo("CRASHED");
        assertThat(s.get("apply_error").asText()).startsWith("storage failed: could not write log segment ")
                .contains("(No space left on device)").doesNotContain("\n");
        HttpResponse<String> later = cluster.post("n1", "/v1/command", "{\"command\": \"set a b\"}");
        assertThat(later.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(later.body()).get("error").asText()).startsWith("storage failed (could not write log segment ")
                .contains("(No space left on device)").endsWith("; the node stopped accepting writes");
        assertThat(Files.readString(dir.resolve("data/n1/raftd.log")))
                .contains("ERROR [engine] n1 storage failed, the node stops accepting writes: could not write log segment");

        // Every acknowledged write is on the majority: the new leader has each of them.
        elect("n2");
        JsonNode state = JSON.readTree(cluster.get("n2", "/v1/state").body()).get("entries");
        for (int i : acknowledged) assertThat(state.path("k" + i).asText()).as("k%d", i).isEqualTo(i + filler);

        // Space again, and a restart of the process: it recovers from its disk and catches up.
        run("mount", "-o", "remount,size=8m", storage("n1").toString());
        relaunch("n1");
        awaitCaughtUp("n2", "n1");
        assertThat(status("n1").get("role").asText()).isEqualTo("FOLLOWER");
    }

    @Test
    void aFailedFsyncStopsTheNodeFromAcceptingWritesAndStatusSaysSo() throws Exception {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n");
        Path trigger = dir.resolve("n1.disk-fails");
        cluster.launchMain(FailingDiskRaftd.class.getName(), List.of("-D" + FailingDiskRaftd.TRIGGER + "=" + trigger), "n1");
        cluster.launch("n2");
        cluster.launch("n3");
        for (String id : cluster.ids) cluster.awaitUp(id);
        elect("n1");
        for (int i = 1; i <= 3; i++) assertThat(command("n1", "add " + i).get("ok").asBoolean()).isTrue();

        Files.createFile(trigger);
        JsonNode r = command("n1", "add 100");
        assertThat(r.get("ok").asBoolean()).as("never acknowledged without a durable copy").isFalse();
        assertThat(r.get("status").asText()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(r.get("error").asText()).isEqualTo("storage failed; outcome unknown");

        JsonNode s = status("n1");
        assertThat(s.get("role").asText()).isEqualTo("CRASHED");
        assertThat(s.get("apply_error").asText()).startsWith("storage failed: could not fsync log segment ")
                .contains("(Input/output error)");
        HttpResponse<String> later = cluster.post("n1", "/v1/command", "{\"command\": \"add 1\"}");
        assertThat(later.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(later.body()).get("code").asText()).isEqualTo("unavailable");
        HttpResponse<String> restart = cluster.post("n1", "/v1/restart", "{}");
        assertThat(restart.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(restart.body()).get("error").asText()).startsWith("storage failed earlier (could not fsync")
                .endsWith("; restart the process");

        // The followers got the entry before the leader's fsync failed: it may commit, and nothing acknowledged is lost.
        elect("n2");
        assertThat(total("n2")).isIn(6L, 106L);
        Files.delete(trigger);
        relaunch("n1");
        awaitCaughtUp("n2", "n1");
        assertThat(total("n1")).isEqualTo(total("n2"));
    }
}
