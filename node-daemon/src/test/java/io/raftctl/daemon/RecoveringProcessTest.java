package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.storage.OnDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protocol-aware recovery with real raftd processes: a node started with {@code --repair} on a log damaged in a
 * middle record may have lost entries it acknowledged, so it starts recovering: status says why, it refuses
 * {@code elect} and grants no vote, also after a restart before it caught up, and it leaves the state once it has
 * caught up with a leader.
 */
class RecoveringProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private LocalCluster cluster;

    @AfterEach
    void stop() throws Exception {
        if (cluster != null) cluster.close();
    }

    private JsonNode status(String id) throws IOException {
        return JSON.readTree(cluster.get(id, "/v1/status").body());
    }

    private String field(String id, String name) {
        try {
            JsonNode v = status(id).get(name);
            return v == null || v.isNull() ? null : v.asText();
        } catch (IOException e) {
            return "unreachable";
        }
    }

    private void elect(String id) throws IOException {
        assertThat(cluster.post(id, "/v1/elect", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(WAIT, () -> "LEADER".equals(field(id, "role")), id + " to lead");
    }

    private JsonNode command(String id, String text) throws IOException {
        return JSON.readTree(cluster.post(id, "/v1/command", JSON.createObjectNode().put("command", text).toString()).body());
    }

    /** Whether {@code candidate}'s trace holds a pre-vote answer from {@code voter}, refusing: it arrived. */
    private boolean preVoteAnswered(String candidate, String voter) {
        try {
            JsonNode trace = JSON.readTree(cluster.get(candidate, "/v1/trace").body());
            for (JsonNode m : trace.findValues("message")) {
                if ("PRE_VOTE_RESPONSE".equals(m.path("type").asText()) && voter.equals(m.path("from").asText())) {
                    assertThat(m.path("granted").asBoolean()).as(voter + " refused the pre-vote").isFalse();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aRepairedNodeRecoversWithoutVotingUntilItHasCaughtUp() throws Exception {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n").start();
        elect("n1");
        for (int i = 1; i <= 5; i++) assertThat(command("n1", "add " + i).get("ok").asBoolean()).isTrue();
        LocalCluster.await(WAIT, () -> "6".equals(field("n3", "commit")), "n3 to learn the commit");

        // n3 acknowledged entries 1..6; one bit of its third record flips while it is down.
        cluster.kill("n3");
        Path segment = OnDisk.lastSegment(dir.resolve("data/n3/storage"));
        List<Long> offsets = OnDisk.recordOffsets(segment);
        assertThat(offsets).hasSize(6);
        byte[] bytes = Files.readAllBytes(segment);
        bytes[(int) (long) offsets.get(2) + 12] ^= 0x04;
        Files.write(segment, bytes);

        cluster.launch("n3", "--repair");
        cluster.awaitUp("n3");
        JsonNode s = status("n3");
        assertThat(s.get("last_index").asLong()).isEqualTo(2);
        assertThat(s.get("role").asText()).isEqualTo("FOLLOWER");
        String why = s.get("recovering").asText();
        assertThat(why).isEqualTo("repair dropped 4 records at offset " + offsets.get(2) + " of segment "
                + segment.getFileName());
        assertThat(Files.readString(dir.resolve("data/n3/raftd.log"))).contains("n3 is recovering (" + why + ")");

        // A restart before it caught up keeps it recovering: the repair is reported only once, the marker stays.
        cluster.kill("n3");
        cluster.launch("n3");
        cluster.awaitUp("n3");
        assertThat(field("n3", "recovering")).isEqualTo(why);

        // elect is refused with the reason.
        HttpResponse<String> refused = cluster.post("n3", "/v1/elect", "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.get("code").asText()).isEqualTo("recovering");
        assertThat(error.get("error").asText()).startsWith("n3 is recovering (repair dropped 4 records")
                .contains("does not campaign until it has caught up with a leader");

        // No vote: with n1 down, n2 (whose longer log n3 would otherwise vote for) cannot win.
        cluster.kill("n1");
        assertThat(cluster.post("n2", "/v1/elect", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(WAIT, () -> preVoteAnswered("n2", "n3"), "n3 to answer n2's pre-vote");
        assertThat(field("n2", "role")).isEqualTo("CANDIDATE");
        assertThat(field("n2", "term")).as("the pre-vote round never passed").isEqualTo("1");
        assertThat(field("n3", "term")).isEqualTo("1");
        assertThat(field("n3", "voted_for")).as("its vote of term 1, unchanged").isEqualTo("n1");
        assertThat(field("n3", "recovering")).isEqualTo(why);

        // n1 comes back and wins with n2's vote; n3 follows, catches up and leaves the state.
        cluster.launch("n1");
        cluster.awaitUp("n1");
        elect("n1");
        LocalCluster.await(WAIT, () -> {
            try {
                cluster.post("n1", "/v1/heartbeat", "{}");
            } catch (IOException e) {
                return false;
            }
            return field("n3", "recovering") == null;
        }, "n3 to catch up");
        JsonNode caughtUp = status("n3");
        assertThat(caughtUp.get("last_index").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(caughtUp.get("leader").asText()).isEqualTo("n1");
        assertThat(Files.exists(dir.resolve("data/n3/recovering"))).as("the marker is gone").isFalse();
        assertThat(Files.readString(dir.resolve("data/n3/raftd.log"))).contains("n3 caught up with leader n1");

        // It votes again: with n1 down, n3's vote makes n2 leader.
        cluster.kill("n1");
        elect("n2");
        assertThat(field("n3", "voted_for")).isEqualTo("n2");
    }
}
