package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 concurrent admin clients hammer {@code status} and {@code command add 1} while the cluster works (timers on):
 * every request is answered, status stays fast (p99 reported), and the counter holds exactly the acknowledged adds
 * plus at most the indeterminate ones. CI runs it for {@value #DEFAULT_SECONDS}s; {@code -Dload.seconds=20} for the
 * full length.
 */
class AdminLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 200;
    private static final int DEFAULT_SECONDS = 6;

    @TempDir
    Path dir;
    private LocalCluster cluster;

    @AfterEach
    void stop() throws InterruptedException {
        if (cluster != null) cluster.close();
    }

    private final List<Long> statusMicros = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> commandMicros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong indeterminate = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final List<String> surprises = Collections.synchronizedList(new ArrayList<>());

    @Test
    void twoHundredClientsGetAnswersAndEveryAcknowledgedAddCountsOnce() throws Exception {
        int seconds = Integer.getInteger("load.seconds", DEFAULT_SECONDS);
        // Longer election timeouts than the default: the test saturates the machine on purpose, and elections
        // caused by a starved CPU are not what it measures.
        cluster = new LocalCluster(dir, 3, "raft:\n  election_timeout: {min: 1s, max: 2s}\n").start();
        LocalCluster.await(Duration.ofSeconds(30), () -> leader() != null, "a leader");
        String[] leader = {leader()};

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String[] tokens = new String[cluster.ids.size()];
        for (int i = 0; i < tokens.length; i++) tokens[i] = cluster.token(cluster.ids.get(i));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    for (long n = 0; System.nanoTime() < end; n++) {
                        if ((n + client) % 2 == 0) {
                            int node = (int) ((n + client) % tokens.length);
                            status(http, cluster.ids.get(node), tokens[node]);
                        } else {
                            String target = leader[0];
                            String hint = add(http, target, tokens[cluster.ids.indexOf(target)]);
                            if (hint != null) leader[0] = hint;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        assertThat(done.await(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS)).as("every client finishes").isTrue();

        // Settle, then count the adds in the committed log and in the counter.
        LocalCluster.await(Duration.ofSeconds(30), this::settled, "the nodes to apply everything");
        String l = leader();
        JsonNode log = JSON.readTree(cluster.get(l, "/v1/log").body());
        long adds = 0;
        for (JsonNode e : log.get("entries")) if (e.get("committed").asBoolean() && e.get("command").asText().equals("add 1")) adds++;
        long total = JSON.readTree(cluster.get(l, "/v1/state").body()).get("total").asLong();

        String report = String.format("admin load: %d clients for %ds: status %d requests, p50 %.1f ms, p99 %.1f ms; "
                        + "command %d requests, p50 %.1f ms, p99 %.1f ms; add 1: %d acknowledged, %d failed, %d indeterminate; "
                        + "counter %d, adds in the log %d",
                CLIENTS, seconds, statusMicros.size(), percentile(statusMicros, 50), percentile(statusMicros, 99),
                commandMicros.size(), percentile(commandMicros, 50), percentile(commandMicros, 99),
                acknowledged.get(), failed.get(), indeterminate.get(), total, adds);
        System.out.println(report);

        assertThat(surprises).as(report).isEmpty();
        assertThat(unanswered.get()).as("requests without an answer: %s", report).isZero();
        assertThat(total).as("the counter is the adds in the log").isEqualTo(adds);
        assertThat(adds).as("no acknowledged add lost: %s", report).isGreaterThanOrEqualTo(acknowledged.get());
        assertThat(adds).as("none applied twice: %s", report).isLessThanOrEqualTo(acknowledged.get() + indeterminate.get());
        assertThat(acknowledged.get()).as("the cluster kept working: %s", report).isGreaterThan(100);
        assertThat(statusMicros.size()).as(report).isGreaterThan(1000);
        assertThat(percentile(statusMicros, 99)).as("status stays responsive: %s", report).isLessThan(2000.0);
    }

    private void status(HttpClient http, String id, String token) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request(id, "/v1/status", token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) surprises.add("status at " + id + ": " + r.statusCode() + " " + r.body());
            statusMicros.add((System.nanoTime() - start) / 1000);
        } catch (IOException | InterruptedException e) {
            unanswered.incrementAndGet();
        }
    }

    /** Sends add 1; returns the leader a refusal names, if any. */
    private String add(HttpClient http, String id, String token) {
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(request(id, "/v1/command", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"command\": \"add 1\", \"timeout_ms\": 10000}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            unanswered.incrementAndGet();
            indeterminate.incrementAndGet();
            return null;
        }
        commandMicros.add((System.nanoTime() - start) / 1000);
        try {
            JsonNode n = JSON.readTree(r.body());
            switch (n.path("status").asText()) {
                case "OK" -> acknowledged.incrementAndGet();
                case "NOT_LEADER" -> {
                    failed.incrementAndGet();
                    return n.hasNonNull("leader") ? n.get("leader").asText() : null;
                }
                case "TIMEOUT", "OUTCOME_UNKNOWN" -> indeterminate.incrementAndGet();
                default -> surprises.add("command at " + id + ": " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            surprises.add("unreadable answer: " + r.body());
        }
        return null;
    }

    private HttpRequest.Builder request(String id, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cluster.adminPorts.get(id) + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
    }

    private String leader() {
        for (String id : cluster.ids) {
            try {
                if (JSON.readTree(cluster.get(id, "/v1/status").body()).get("role").asText().equals("LEADER")) return id;
            } catch (IOException e) {
                // not answering now
            }
        }
        return null;
    }

    private boolean settled() {
        try {
            String l = leader();
            if (l == null) return false;
            long last = JSON.readTree(cluster.get(l, "/v1/status").body()).get("last_index").asLong();
            for (String id : cluster.ids) {
                if (JSON.readTree(cluster.get(id, "/v1/status").body()).get("applied").asLong() != last) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static double percentile(List<Long> micros, int p) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        if (sorted.isEmpty()) return 0;
        Collections.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, at)) / 1000.0;
    }
}
