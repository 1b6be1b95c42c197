package io.raftctl.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.client.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Network rules survive a real restart: {@code net isolate n2}, {@code down --kill n2}, {@code up n2}, and n2
 * is still isolated and does not catch up with what n1 and n3 commit until {@code net heal}. A node that was
 * down when the rule was set gets it from the running nodes when {@code up} starts it.
 *
 * <p>"n2 does not catch up" is checked once n3 has applied the command: n1 sends each AppendEntries to both
 * followers together, so n2 would have the entry by then if anything got through.
 */
class NetRulesRestartIT {

    private Path work;

    @BeforeEach
    void workDir() throws Exception {
        work = Files.createTempDirectory("raftctl-it-net-");
    }

    @AfterEach
    void stopWhatThisTestStarted() throws Exception {
        RaftctlProcess.killDaemonsUnder(work);
        RaftctlProcess.deleteTree(work);
    }

    @Test
    void anIsolatedNodeKilledAndStartedAgainStaysIsolatedUntilHeal() throws Exception {
        ok("up", "--timers", "off");
        ok("elect", "n1");
        ok("wait", "n1", "role", "LEADER", "--timeout", "10s");
        ok("command", "add", "1");
        ok("wait", "n2", "state", "1", "--timeout", "10s");

        assertThat(ok("net", "isolate", "n2").stdout()).contains("n2 isolated (told n1, n2, n3)");
        ok("down", "--kill", "n2");
        assertThat(ok("up", "n2").stdout()).contains("n2 has the network rules of n1, n3: isolated n2");
        assertThat(net("n2").path("isolated")).extracting(JsonNode::asText).containsExactly("n2");

        ok("command", "add", "2");
        ok("wait", "n3", "state", "3", "--timeout", "10s");
        ok("expect", "n2", "last-index", "2");
        ok("expect", "n2", "commit", "0");

        assertThat(ok("net", "heal").stdout()).contains("network healed (told n1, n2, n3)");
        assertThat(work.resolve(".raftctl/n2/net-rules.json")).doesNotExist();
        ok("heartbeat");
        ok("wait", "n2", "state", "3", "--timeout", "10s");
    }

    @Test
    void aNodeThatWasDownWhenTheRuleWasSetGetsItFromTheRunningNodes() throws Exception {
        ok("up", "--timers", "off");
        ok("elect", "n1");
        ok("wait", "n1", "role", "LEADER", "--timeout", "10s");
        ok("down", "--kill", "n2");

        RaftctlProcess.Result isolate = ok("net", "isolate", "n2");
        assertThat(isolate.stdout()).contains("n2 isolated (told n1, n3; n2 did not acknowledge)");
        assertThat(isolate.stderr()).contains("skipped it").doesNotContain("not cut yet");
        assertThat(work.resolve(".raftctl/n2/net-rules.json")).doesNotExist();

        assertThat(ok("up", "n2").stdout()).contains("n2 now has the network rules of n1, n3: isolated n2 (it had none)");
        assertThat(net("n2").path("isolated")).extracting(JsonNode::asText).containsExactly("n2");
        assertThat(work.resolve(".raftctl/n2/net-rules.json")).exists();

        ok("command", "add", "5");
        ok("wait", "n3", "state", "5", "--timeout", "10s");
        ok("expect", "n2", "last-index", "1");
        ok("net", "heal");
        ok("heartbeat");
        ok("wait", "n2", "state", "5", "--timeout", "10s");
    }

    private RaftctlProcess.Result ok(String... args) throws Exception {
        RaftctlProcess.Result r = RaftctlProcess.run(work, 90, args);
        assertThat(r.exitCode()).as("raftctl %s%n%s%n%s", String.join(" ", args), r.all(), RaftctlProcess.daemonLogs(work))
                .isZero();
        return r;
    }

    private JsonNode net(String node) throws Exception {
        return Json.parse(ok("-o", "json", "status", node).stdout()).path("nodes").get(0).path("net");
    }
}
