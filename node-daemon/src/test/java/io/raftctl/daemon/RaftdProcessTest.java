package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** raftd as a process: start-up errors, garbage on the peer port, and what survives SIGKILL. */
class RaftdProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private LocalCluster cluster;

    @AfterEach
    void stop() throws InterruptedException {
        if (cluster != null) cluster.close();
    }

    private int exitCode(Process p) throws InterruptedException {
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("raftd exits").isTrue();
        return p.exitValue();
    }

    @Test
    void anInvalidClusterFileStopsTheStartWithExit2AndOneSentence() throws Exception {
        cluster = new LocalCluster(dir, 1, "raft:\n  heartbeat: fast\n");
        Process p = cluster.launch("n1");
        assertThat(exitCode(p)).isEqualTo(2);
        assertThat(cluster.output("n1").strip())
                .isEqualTo("raftd: " + cluster.configFile + ": line 6: raft.heartbeat: expected a duration like 50ms, got 'fast'");
    }

    @Test
    void anUnknownNodeStopsTheStartWithExit2() throws Exception {
        cluster = new LocalCluster(dir, 1, "");
        Process p = cluster.launch("n7");
        assertThat(exitCode(p)).isEqualTo(2);
        assertThat(cluster.output("n7").strip()).isEqualTo("raftd: unknown node 'n7' (test has n1)");
    }

    @Test
    void aTakenPortStopsTheStartWithExit1() throws Exception {
        cluster = new LocalCluster(dir, 1, "");
        try (ServerSocket squatter = new ServerSocket(cluster.raftPorts.get("n1"))) {
            Process p = cluster.launch("n1");
            assertThat(exitCode(p)).isEqualTo(1);
            assertThat(cluster.output("n1")).contains("cannot listen for peers").contains(String.valueOf(squatter.getLocalPort()));
        }
        assertThat(dir.resolve("data/n1/raftd.pid")).as("no stale pid file").doesNotExist();
    }

    @Test
    void garbageOnThePeerPortClosesThatConnectionOnly() throws Exception {
        cluster = new LocalCluster(dir, 3, "").start();
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            try (Socket s = new Socket("127.0.0.1", cluster.raftPorts.get("n2"))) {
                OutputStream out = s.getOutputStream();
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                out.write(junk);
                out.write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByPeer) {
                // expected sometimes: the node hangs up on garbage
            }
        }
        // Timers are on: the cluster elects a leader and commits through n2 all the same.
        LocalCluster.await(Duration.ofSeconds(20), () -> leader() != null, "a leader");
        String leader = leader();
        JsonNode r = JSON.readTree(cluster.post(leader, "/v1/command", "{\"command\": \"add 3\"}").body());
        assertThat(r.get("ok").asBoolean()).as(r.toString()).isTrue();
        LocalCluster.await(Duration.ofSeconds(10), () -> total("n2") == 3, "n2 to apply");
    }

    @Test
    void termVoteAndLogSurviveSigkillAndTheStateIsRebuilt() throws Exception {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n").start();
        cluster.post("n1", "/v1/elect", "{}");
        LocalCluster.await(Duration.ofSeconds(10), () -> "n1".equals(leader()), "n1 to lead");
        for (int i = 1; i <= 5; i++) {
            JsonNode r = JSON.readTree(cluster.post("n1", "/v1/command", "{\"command\": \"add " + i + "\"}").body());
            assertThat(r.get("ok").asBoolean()).isTrue();
        }
        LocalCluster.await(Duration.ofSeconds(10), () -> total("n2") == 15 && total("n3") == 15, "followers to apply");

        cluster.kill("n1");
        cluster.kill("n2");
        cluster.launch("n1");
        cluster.launch("n2");
        cluster.awaitUp("n1");
        cluster.awaitUp("n2");
        for (String id : new String[]{"n1", "n2"}) {
            JsonNode s = JSON.readTree(cluster.get(id, "/v1/status").body());
            assertThat(s.get("term").asLong()).isEqualTo(1);
            assertThat(s.get("voted_for").asText()).isEqualTo("n1");
            assertThat(s.get("last_index").asLong()).isEqualTo(6);
            assertThat(s.get("commit").asLong()).as("volatile").isZero();
        }
        cluster.post("n2", "/v1/elect", "{}");
        LocalCluster.await(Duration.ofSeconds(10), () -> "n2".equals(leader()), "n2 to lead");
        LocalCluster.await(Duration.ofSeconds(10), () -> total("n1") == 15 && total("n2") == 15 && total("n3") == 15,
                "every node to rebuild its state machine");
        assertThat(Files.readString(dir.resolve("data/n1/raftd.log"))).contains("n1 is LEADER in term 1");
    }

    private String leader() {
        for (String id : cluster.ids) {
            try {
                JsonNode s = JSON.readTree(cluster.get(id, "/v1/status").body());
                if (s.get("role").asText().equals("LEADER")) return id;
            } catch (IOException e) {
                // not up (yet)
            }
        }
        return null;
    }

    private long total(String id) {
        try {
            var r = cluster.get(id, "/v1/state");
            return r.statusCode() == 200 ? JSON.readTree(r.body()).get("total").asLong() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
