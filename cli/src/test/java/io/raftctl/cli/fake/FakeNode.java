package io.raftctl.cli.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.raft.TraceEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for one raftd's admin socket (docs/admin-api.md), on a free loopback port. Its status is mutable;
 * endpoints answer from it, and a test can replace any endpoint's answer with {@link #on}.
 */
public final class FakeNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An HTTP answer. */
    public record Reply(int status, Object body) {
        public static Reply ok(Object body) {
            return new Reply(200, body);
        }

        public static Reply error(int status, String code, String sentence) {
            return new Reply(status, new AdminDtos.ErrorBody(sentence, code));
        }
    }

    public final String id;
    public final String token;
    private final HttpServer server;
    private final Map<String, Function<JsonNode, Reply>> overrides = new ConcurrentHashMap<>();
    /** Every request as {@code METHOD path body}. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final AtomicInteger statusCalls = new AtomicInteger();

    public volatile String role = "FOLLOWER";
    public volatile boolean preVote;
    public volatile boolean crashed;
    public volatile long term = 1;
    public volatile String leader;
    public volatile long commit = 1;
    public volatile long applied = 1;
    public volatile long lastIndex = 1;
    public volatile long lastTerm = 1;
    public volatile boolean timers = true;
    public volatile long total;
    public volatile long traceClock;
    public final Map<String, String> triggers = new ConcurrentHashMap<>();
    /** What {@code GET /v1/trace} answers: the default view, and with {@code ?events=all} every event. */
    public volatile List<TraceEvent> traceEvents = List.of();
    public volatile List<TraceEvent> allTraceEvents = List.of();

    public FakeNode(String id) throws IOException {
        this.id = id;
        this.token = "token-" + id;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Replaces the answer of {@code path} (any method). */
    public FakeNode on(String path, Function<JsonNode, Reply> answer) {
        overrides.put(path, answer);
        return this;
    }

    public AdminDtos.Status status() {
        boolean c = crashed;
        return new AdminDtos.Status(id, "N-" + id.substring(1), "test", c ? "CRASHED" : role, c, preVote,
                c ? null : term, null, c ? null : leader, c ? null : commit, c ? null : applied,
                c ? null : lastIndex, c ? null : lastTerm, timers, Map.copyOf(triggers),
                new AdminDtos.NetStatus(List.of(), List.of(), false, 0, false), null, "counter", true, 4242, 1000,
                traceClock);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
        } catch (IOException | RuntimeException | Error e) {
            // HttpServer swallows handler failures silently; make a broken fake visible.
            e.printStackTrace();
            throw e;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
            Reply reply;
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply = Reply.error(401, AdminApi.E_UNAUTHORIZED, "missing or wrong admin token");
            } else {
                JsonNode json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
                Function<JsonNode, Reply> override = overrides.get(path);
                reply = override != null ? override.apply(json) : standard(path, exchange.getRequestURI().getQuery(), json);
            }
            byte[] bytes = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Reply standard(String path, String query, JsonNode body) {
        switch (path) {
            case AdminApi.TRACE:
                if (query == null || query.equals("events=default")) {
                    return Reply.ok(TraceEventMapping.response(id, List.of(), traceEvents, 0));
                }
                if (query.equals("events=all")) return Reply.ok(TraceEventMapping.response(id, List.of(), allTraceEvents, 0));
                return Reply.error(400, AdminApi.E_BAD_REQUEST, "unknown query " + query);
            case AdminApi.STATUS:
                statusCalls.incrementAndGet();
                return Reply.ok(status());
            case AdminApi.STATE:
                if (crashed) return Reply.error(409, AdminApi.E_CRASHED, "node " + id + " is crashed");
                return Reply.ok(new AdminDtos.State("counter", total, null));
            case AdminApi.TRIGGERS:
                return Reply.ok(new AdminDtos.Triggers(Map.copyOf(triggers)));
            case AdminApi.HEARTBEAT:
                if (crashed) return Reply.error(409, AdminApi.E_CRASHED, "node " + id + " is crashed");
                if (!"LEADER".equals(role)) {
                    return Reply.error(409, AdminApi.E_NOT_LEADER, "not leader; leader is " + (leader == null ? "unknown" : leader));
                }
                return Reply.ok(AdminDtos.Ack.done());
            case AdminApi.COMMAND:
                if (crashed) return Reply.error(409, AdminApi.E_CRASHED, "node " + id + " is crashed");
                if (!"LEADER".equals(role)) {
                    return Reply.ok(new AdminDtos.CommandResponse(false, "NOT_LEADER", 0, null,
                            "not leader; leader is " + leader, leader));
                }
                String[] words = body.path("command").asText().split(" ");
                if (words.length != 2 || !words[0].equals("add")) {
                    return Reply.ok(new AdminDtos.CommandResponse(false, "INVALID", 0, null,
                            "invalid command: " + body.path("command").asText(), null));
                }
                total += Long.parseLong(words[1]);
                lastIndex++;
                commit = applied = lastIndex;
                return Reply.ok(new AdminDtos.CommandResponse(true, "OK", lastIndex, Long.toString(total), null, null));
            case AdminApi.TRIGGERS_SET:
                triggers.put(body.path("name").asText(), body.path("value").isNull() || body.path("value").isMissingNode()
                        ? "" : body.path("value").asText());
                return Reply.ok(AdminDtos.Ack.done());
            case AdminApi.TIMERS:
                timers = body.path("on").asBoolean();
                return Reply.ok(AdminDtos.Ack.done());
            default:
                if (path.startsWith("/v1/")) return Reply.ok(AdminDtos.Ack.done());
                return Reply.error(404, AdminApi.E_NOT_FOUND, "no such path " + path);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
