package io.raftctl.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin socket's worker queue is bounded: a request beyond it is answered 503 at once, and nothing is done. */
class AdminQueueBoundTest {

    private static final String TOKEN = "t0ken";

    @Test
    void aRequestBeyondTheWorkersAndTheQueueIsAnswered503AtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        NodeControl blocking = (NodeControl) Proxy.newProxyInstance(NodeControl.class.getClassLoader(),
                new Class<?>[]{NodeControl.class}, (proxy, method, args) -> {
                    if (method.getName().equals("status")) {
                        started.incrementAndGet();
                        release.await(20, TimeUnit.SECONDS);
                    }
                    return null;
                });
        AdminServer server = new AdminServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, blocking,
                1, 2);
        server.start();
        // A client of its own per request: each on a connection of its own, none waiting for another's.
        try {
            URI status = URI.create("http://127.0.0.1:" + server.address().getPort() + AdminApi.STATUS);
            HttpRequest request = HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + TOKEN).GET().build();
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                held.add(c.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                if (i == 0) awaitStarted(started);
            }
            awaitQueued(server, 2); // the other two wait in the queue
            HttpClient extra = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long t0 = System.nanoTime();
            HttpResponse<String> refused = extra.send(request, HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(refused.statusCode()).isEqualTo(503);
            JsonNode body = new ObjectMapper().readTree(refused.body());
            assertThat(body.get("code").asText()).isEqualTo("unavailable");
            assertThat(body.get("error").asText()).startsWith("the admin socket is busy: 1 requests in progress and 2 waiting");
            assertThat(ms).as("answered at once").isLessThan(5_000);
            assertThat(started.get()).as("the refused request did nothing").isEqualTo(1);

            release.countDown();
            for (CompletableFuture<HttpResponse<String>> f : held) assertThat(f.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(started.get()).isEqualTo(3);
        } finally {
            release.countDown();
            server.close();
        }
    }

    private static void awaitQueued(AdminServer server, int requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.queued() < requests && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(server.queued()).isEqualTo(requests);
    }

    private static void awaitStarted(AtomicInteger started) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (started.get() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(started.get()).isEqualTo(1);
    }
}
