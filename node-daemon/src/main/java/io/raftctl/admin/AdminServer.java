package io.raftctl.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.raftctl.admin.AdminDtos.CommandRequest;
import io.raftctl.admin.AdminDtos.DeliverRequest;
import io.raftctl.admin.AdminDtos.ElectRequest;
import io.raftctl.admin.AdminDtos.ErrorBody;
import io.raftctl.admin.AdminDtos.NetSetRequest;
import io.raftctl.admin.AdminDtos.NodeRequest;
import io.raftctl.admin.AdminDtos.SectionRequest;
import io.raftctl.admin.AdminDtos.SplitRequest;
import io.raftctl.admin.AdminDtos.TimersRequest;
import io.raftctl.admin.AdminDtos.TriggerClearRequest;
import io.raftctl.admin.AdminDtos.TriggerSetRequest;
import io.raftctl.raft.TraceEvents;
import io.raftctl.util.Log;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admin socket: HTTP/1.1 + JSON with a bearer token, on the JDK's HTTP server. Every request is
 * authenticated, size-limited and strictly parsed before anything reaches the node; a bad request gets a
 * 4xx with one sentence and changes nothing. Endpoints are documented in docs/admin-api.md.
 */
public final class AdminServer implements AutoCloseable {

    private static final Log LOG = Log.get("admin");

    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // the client's delayed ACK hold every answer on a kept-alive connection for ~40 ms. Read once, at first use.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    private static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_COMMAND_TIMEOUT = Duration.ofMinutes(10);

    /** One endpoint: reads its body and asks the node. */
    @FunctionalInterface
    private interface Handler {
        Object handle(byte[] body, Map<String, String> query) throws AdminException;
    }

    private record Route(String method, Handler handler, java.util.Set<String> queryParams) {
    }

    /** Requests that may wait for a worker; beyond them a request is answered 503 at once. */
    public static final int DEFAULT_MAX_QUEUED = 256;
    /** Set while a request that found the worker queue full runs on the server's own thread: answer 503, do nothing. */
    private static final ThreadLocal<Boolean> OVERLOADED = new ThreadLocal<>();

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final int maxQueued;
    private final byte[] token;
    private final Map<String, Route> routes = new HashMap<>();

    public AdminServer(InetSocketAddress address, String token, NodeControl node, int threads) throws IOException {
        this(address, token, node, threads, DEFAULT_MAX_QUEUED);
    }

    /**
     * @param maxQueued requests that may wait for one of the {@code threads} workers; a request beyond them is
     *                  answered {@code 503 unavailable} at once (back-pressure rather than an unbounded queue)
     */
    public AdminServer(InetSocketAddress address, String token, NodeControl node, int threads, int maxQueued)
            throws IOException {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(address, 256);
        this.maxQueued = maxQueued;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(maxQueued), r -> {
            Thread t = new Thread(r, "admin-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        register(node);
        server.createContext("/", this::serve);
        server.setExecutor(this::execute);
    }

    /**
     * Hands a request to a worker; when every worker is busy and the queue is full, runs it on the calling (the HTTP
     * server's) thread in overloaded mode, where {@link #serve} only answers 503: cheap, and never blocks there.
     */
    private void execute(Runnable request) {
        try {
            workers.execute(request);
        } catch (RejectedExecutionException e) {
            if (workers.isShutdown()) throw e;
            OVERLOADED.set(Boolean.TRUE);
            try {
                request.run();
            } finally {
                OVERLOADED.remove();
            }
        }
    }

    public void start() {
        server.start();
    }

    /** For tests: requests waiting for a worker now. */
    int queued() {
        return workers.getQueue().size();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void register(NodeControl node) {
        get(AdminApi.STATUS, (b, q) -> node.status());
        routes.put(AdminApi.LOG, new Route("GET", (b, q) -> node.log(longParam(q, "from"), longParam(q, "to")),
                java.util.Set.of("from", "to")));
        get(AdminApi.STATE, (b, q) -> node.state());
        get(AdminApi.TRIGGERS, (b, q) -> node.triggers());
        get(AdminApi.NET, (b, q) -> node.net());
        get(AdminApi.NET_PENDING, (b, q) -> node.pending());
        routes.put(AdminApi.TRACE, new Route("GET", (b, q) -> node.trace(traceEvents(q)), java.util.Set.of("events")));

        post(AdminApi.ELECT, (b, q) -> {
            ElectRequest r = JsonBodies.read(b, ElectRequest.class);
            return node.elect(r.force() == null || r.force());
        });
        post(AdminApi.HEARTBEAT, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.heartbeat();
        });
        post(AdminApi.COMMAND, (b, q) -> {
            CommandRequest r = JsonBodies.read(b, CommandRequest.class);
            if (r.command() == null || r.command().isBlank()) throw AdminException.badRequest("field 'command' is required");
            Duration timeout = r.timeoutMs() == null ? DEFAULT_COMMAND_TIMEOUT : Duration.ofMillis(r.timeoutMs());
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_COMMAND_TIMEOUT) > 0) {
                throw AdminException.badRequest("field 'timeout_ms' must be between 1 and " + MAX_COMMAND_TIMEOUT.toMillis());
            }
            return node.command(r.command(), timeout);
        });
        post(AdminApi.TIMERS, (b, q) -> {
            TimersRequest r = JsonBodies.read(b, TimersRequest.class);
            if (r.on() == null) throw AdminException.badRequest("field 'on' is required (true or false)");
            return node.timers(r.on());
        });
        post(AdminApi.TRIGGERS_SET, (b, q) -> {
            TriggerSetRequest r = JsonBodies.read(b, TriggerSetRequest.class);
            if (r.name() == null) throw AdminException.badRequest("field 'name' is required");
            return node.setTrigger(r.name(), r.value());
        });
        post(AdminApi.TRIGGERS_CLEAR, (b, q) -> node.clearTrigger(JsonBodies.read(b, TriggerClearRequest.class).name()));
        post(AdminApi.CRASH, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.crash();
        });
        post(AdminApi.RESTART, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.restart();
        });
        post(AdminApi.NET_ISOLATE, (b, q) -> node.isolate(requiredNode(b)));
        post(AdminApi.NET_RECONNECT, (b, q) -> node.reconnect(requiredNode(b)));
        post(AdminApi.NET_SPLIT, (b, q) -> {
            SplitRequest r = JsonBodies.read(b, SplitRequest.class);
            if (r.groups() == null) throw AdminException.badRequest("field 'groups' is required");
            return node.split(noNullIds(r.groups(), "groups"));
        });
        post(AdminApi.NET_SET, (b, q) -> {
            NetSetRequest r = JsonBodies.read(b, NetSetRequest.class);
            // Checked before defaulting: an immutable empty list throws on contains(null).
            if (r.isolated() != null && r.isolated().contains(null)) {
                throw AdminException.badRequest("field 'isolated' must list node ids, not null");
            }
            return node.setNet(r.isolated() == null ? List.of() : r.isolated(),
                    r.groups() == null ? List.of() : noNullIds(r.groups(), "groups"));
        });
        post(AdminApi.NET_HEAL, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.heal();
        });
        post(AdminApi.NET_HOLD, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.hold();
        });
        post(AdminApi.NET_DELIVER, (b, q) -> {
            DeliverRequest r = JsonBodies.read(b, DeliverRequest.class);
            return node.deliver(r.count() == null ? -1 : r.count());
        });
        post(AdminApi.NET_RELEASE, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.release();
        });
        post(AdminApi.TRACE_SECTION, (b, q) -> {
            SectionRequest r = JsonBodies.read(b, SectionRequest.class);
            if (r.title() == null || r.title().isBlank()) throw AdminException.badRequest("field 'title' is required");
            return node.section(r.title().strip(), r.clock() == null ? 0 : r.clock());
        });
        post(AdminApi.TRACE_CLEAR, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.clearTrace();
        });
        post(AdminApi.SHUTDOWN, (b, q) -> {
            JsonBodies.read(b, Empty.class);
            return node.shutdown();
        });
    }

    /** The body of requests that take no fields. */
    private record Empty() {
    }

    private static List<List<String>> noNullIds(List<List<String>> groups, String field) throws AdminException {
        for (List<String> g : groups) {
            if (g == null || g.contains(null)) throw AdminException.badRequest("field '" + field + "' must list lists of node ids, not null");
        }
        return groups;
    }

    private static String requiredNode(byte[] body) throws AdminException {
        NodeRequest r = JsonBodies.read(body, NodeRequest.class);
        if (r.node() == null) throw AdminException.badRequest("field 'node' is required");
        return r.node();
    }

    private void get(String path, Handler h) {
        routes.put(path, new Route("GET", h, java.util.Set.of()));
    }

    private void post(String path, Handler h) {
        routes.put(path, new Route("POST", h, java.util.Set.of()));
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            Object body;
            try {
                if (OVERLOADED.get() != null) {
                    throw AdminException.unavailable("the admin socket is busy: " + workers.getActiveCount()
                            + " requests in progress and " + maxQueued + " waiting; try again later");
                }
                body = dispatch(exchange);
            } catch (AdminException e) {
                status = e.status();
                body = new ErrorBody(e.getMessage(), e.code());
            } catch (RuntimeException e) {
                LOG.error("admin request {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
                status = 500;
                body = new ErrorBody("internal error: " + e.getClass().getSimpleName(), AdminApi.E_INTERNAL);
            }
            byte[] bytes = JsonBodies.writer().writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Object dispatch(HttpExchange exchange) throws AdminException {
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw new AdminException(401, AdminApi.E_UNAUTHORIZED, "missing or wrong bearer token");
        }
        String path = exchange.getRequestURI().getPath();
        Route route = routes.get(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        if (route == null) throw new AdminException(404, AdminApi.E_NOT_FOUND, "no such endpoint " + path);
        if (!route.method().equals(exchange.getRequestMethod())) {
            throw new AdminException(405, AdminApi.E_METHOD, path + " takes " + route.method() + ", not " + exchange.getRequestMethod());
        }
        byte[] body = readBody(exchange);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        for (String name : query.keySet()) {
            if (!route.queryParams().contains(name)) throw AdminException.badRequest("unknown query parameter '" + name + "'");
        }
        return route.handler().handle(body, query);
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) return false;
        byte[] offered = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(offered, token); // constant time
    }

    private static byte[] readBody(HttpExchange exchange) throws AdminException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(AdminApi.MAX_BODY_BYTES + 1);
            if (body.length > AdminApi.MAX_BODY_BYTES) {
                throw new AdminException(413, AdminApi.E_TOO_LARGE, "request body larger than 1 MiB");
            }
            return body;
        } catch (IOException e) {
            throw AdminException.badRequest("could not read the request body");
        }
    }

    private static Map<String, String> query(String raw) throws AdminException {
        Map<String, String> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw AdminException.badRequest("malformed query parameter '" + pair + "'");
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    /** {@code events=default|all}; absent: the default view, as before the parameter existed. */
    private static TraceEvents traceEvents(Map<String, String> q) throws AdminException {
        String v = q.get("events");
        if (v == null) return TraceEvents.DEFAULT;
        try {
            return TraceEvents.parse(v);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("query parameter 'events': " + e.getMessage());
        }
    }

    private static Long longParam(Map<String, String> q, String name) throws AdminException {
        String v = q.get(name);
        if (v == null) return null;
        try {
            long n = Long.parseLong(v);
            if (n < 0) throw AdminException.badRequest("query parameter '" + name + "' must not be negative");
            return n;
        } catch (NumberFormatException e) {
            throw AdminException.badRequest("query parameter '" + name + "' must be an integer, got '" + v + "'");
        }
    }
}
