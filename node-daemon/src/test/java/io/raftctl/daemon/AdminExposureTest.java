package io.raftctl.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who can reach the admin socket, on real processes: loopback only unless the cluster file says otherwise, a
 * warning when a wider socket's token is not kept private, and the token never shown in logs, output or answers.
 */
class AdminExposureTest {

    @TempDir
    Path dir;
    private LocalCluster cluster;

    @AfterEach
    void stop() throws InterruptedException {
        if (cluster != null) cluster.close();
    }

    /** Makes n1's admin socket listen on every interface (nothing is sent anywhere; it only listens). */
    private void exposeN1(String extraYaml) throws Exception {
        int port = cluster.adminPorts.get("n1");
        String yaml = Files.readString(cluster.configFile).replace("admin: 127.0.0.1:" + port, "admin: 0.0.0.0:" + port);
        Files.writeString(cluster.configFile, yaml + extraYaml);
    }

    @Test
    void aNonLoopbackAdminAddressIsRefusedAtStartUnlessTheFileAllowsIt() throws Exception {
        cluster = new LocalCluster(dir, 1, "");
        exposeN1("");
        Process p = cluster.launch("n1");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(cluster.output("n1").strip()).isEqualTo("raftd: " + cluster.configFile + ": line 4: nodes[0].admin: 0.0.0.0:"
                + cluster.adminPorts.get("n1") + " is not a loopback address, which needs admin.allow_remote: true");
    }

    @Test
    void anAllowedRemoteSocketWarnsUnlessItsTokenFileIsMode0600() throws Exception {
        cluster = new LocalCluster(dir, 1, "");
        Path token = dir.resolve("shared.token");
        Files.writeString(token, "a-shared-secret-0123456789\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        exposeN1("admin:\n  allow_remote: true\n  token_file: shared.token\n");
        cluster.launch("n1");
        awaitLogged("admin socket listens on 0.0.0.0:" + cluster.adminPorts.get("n1") + " beyond loopback but its token file "
                + token + " is not mode 0600");
        cluster.kill("n1");

        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        Files.delete(dir.resolve("data/n1/raftd.log"));
        cluster.launch("n1");
        awaitLogged("raftd n1 of cluster test started");
        assertThat(Files.readString(dir.resolve("data/n1/raftd.log"))).doesNotContain("not mode 0600");
        HttpResponse<String> r = cluster.request("n1", "GET", "/v1/status", null, "a-shared-secret-0123456789");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenNeverAppearsInLogsOutputOrAnswers() throws Exception {
        cluster = new LocalCluster(dir, 3, "").start();
        String token = cluster.token("n1");
        String wrong = token.substring(0, 60) + "beef";
        // Traffic of every kind, including refused requests that carry a wrong or misplaced secret.
        cluster.request("n1", "GET", "/v1/status", null, wrong);
        cluster.request("n1", "POST", "/v1/command", "{\"command\": \"" + token + "\"}", wrong);
        cluster.request("n1", "GET", "/v1/status?token=" + token, null, token);
        cluster.post("n1", "/v1/command", "{\"command\": \"add 1\", \"" + wrong + "\": 1}");
        LocalCluster.await(Duration.ofSeconds(20), () -> leaderKnown(), "a leader");
        List<String> answers = List.of(
                cluster.get("n1", "/v1/status").body(), cluster.get("n1", "/v1/trace").body(),
                cluster.get("n1", "/v1/log").body(), cluster.get("n1", "/v1/net").body(),
                cluster.get("n1", "/v1/triggers").body());
        for (String answer : answers) assertThat(answer).doesNotContain(token).doesNotContain(wrong);
        cluster.stop("n1");
        for (String id : cluster.ids) {
            for (Path f : List.of(dir.resolve("data").resolve(id).resolve("raftd.log"), dir.resolve(id + ".out"))) {
                if (Files.exists(f)) {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain(token).doesNotContain(wrong);
                }
            }
        }
        assertThat(Files.readString(dir.resolve("data/n1/raftd.log"))).as("the log was written").contains("raftd n1 stopped");
    }

    private boolean leaderKnown() {
        try {
            return cluster.get("n1", "/v1/status").body().contains("\"leader\":\"n");
        } catch (Exception e) {
            return false;
        }
    }

    private void awaitLogged(String text) {
        Path log = dir.resolve("data/n1/raftd.log");
        LocalCluster.await(Duration.ofSeconds(30), () -> {
            try {
                return Files.exists(log) && Files.readString(log).contains(text);
            } catch (Exception e) {
                return false;
            }
        }, "raftd.log to say: " + text);
    }
}
