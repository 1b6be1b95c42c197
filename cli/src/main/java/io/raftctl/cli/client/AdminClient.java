package io.raftctl.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.raft.TraceEvents;
import io.raftctl.raft.TraceEvent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Talks to one node's admin socket (docs/admin-api.md). Every failure becomes a {@link CliException} with
 * the contract's exit code: unreachable 3, token or request problems 2, a refused operation 1.
 */
public final class AdminClient implements NodeAdmin {

    private final ClusterNode node;
    private final Path tokenFile;
    private final AdminHttp http;
    private final Supplier<String> unreachableHint;

    public AdminClient(ClusterNode node, Path tokenFile, AdminHttp http) {
        this(node, tokenFile, http, () -> null);
    }

    /** @param unreachableHint asked only when the node cannot be reached: what the operator can do, or null */
    public AdminClient(ClusterNode node, Path tokenFile, AdminHttp http, Supplier<String> unreachableHint) {
        this.node = node;
        this.tokenFile = tokenFile;
        this.http = http;
        this.unreachableHint = unreachableHint;
    }

    @Override
    public ClusterNode node() {
        return node;
    }

    // ---------------------------------------------------------------- queries

    @Override
    public AdminDtos.Status status() {
        return get(AdminApi.STATUS, Map.of(), AdminDtos.Status.class);
    }

    @Override
    public AdminDtos.LogResponse log(Long from, Long to) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        if (from != null) query.put("from", Long.toString(from));
        if (to != null) query.put("to", Long.toString(to));
        return get(AdminApi.LOG, query, AdminDtos.LogResponse.class);
    }

    @Override
    public AdminDtos.State state() {
        return get(AdminApi.STATE, Map.of(), AdminDtos.State.class);
    }

    @Override
    public AdminDtos.Triggers triggers() {
        return get(AdminApi.TRIGGERS, Map.of(), AdminDtos.Triggers.class);
    }

    @Override
    public AdminDtos.NetStatus net() {
        return get(AdminApi.NET, Map.of(), AdminDtos.NetStatus.class);
    }

    @Override
    public AdminDtos.Pending pending() {
        return get(AdminApi.NET_PENDING, Map.of(), AdminDtos.Pending.class);
    }

    /** The node's trace events; the default view is asked for without a parameter, as any raftd understands. */
    @Override
    public NodeTrace trace(TraceEvents events) {
        Map<String, String> query = events == TraceEvents.DEFAULT ? Map.of() : Map.of("events", events.optionName());
        AdminDtos.TraceResponse response = get(AdminApi.TRACE, query, AdminDtos.TraceResponse.class);
        int format = response.format();
        if (format != AdminDtos.TRACE_FORMAT) {
            String why = format == 0 ? "its raftd is older than this raftctl and sends the trace as text"
                    : "its raftd sends trace format " + format + " and this raftctl reads format " + AdminDtos.TRACE_FORMAT;
            return new NodeTrace(List.of(), response.dropped(), why);
        }
        List<TraceEvent> traced = new ArrayList<>();
        if (response.events() != null) {
            try {
                for (AdminDtos.TraceEventDto dto : response.events()) traced.add(TraceEventMapping.fromDto(node.id(), dto));
            } catch (IllegalArgumentException e) {
                throw CliException.failed(node.id() + " sent a trace this raftctl cannot read (" + e.getMessage()
                        + "); is it a newer raftd?");
            }
        }
        return new NodeTrace(traced, response.dropped());
    }

    // ---------------------------------------------------------------- actions

    @Override
    public AdminDtos.Ack elect(boolean force) {
        return post(AdminApi.ELECT, new AdminDtos.ElectRequest(force));
    }

    @Override
    public AdminDtos.Ack heartbeat() {
        return post(AdminApi.HEARTBEAT, Map.of());
    }

    /** Waits for the command's result; the HTTP read timeout is the command's timeout plus a margin. */
    @Override
    public AdminDtos.CommandResponse command(String text, Duration timeout) {
        return call(http.withReadTimeout(timeout.plusSeconds(2)), uri(AdminApi.COMMAND, Map.of()),
                body(new AdminDtos.CommandRequest(text, timeout.toMillis())), AdminDtos.CommandResponse.class);
    }

    @Override
    public AdminDtos.Ack timers(boolean on) {
        return post(AdminApi.TIMERS, new AdminDtos.TimersRequest(on));
    }

    @Override
    public AdminDtos.Ack triggerSet(String name, String value) {
        return post(AdminApi.TRIGGERS_SET, new AdminDtos.TriggerSetRequest(name, value));
    }

    /** Disarms {@code name}, or every trigger when it is null. */
    @Override
    public AdminDtos.Ack triggerClear(String name) {
        return post(AdminApi.TRIGGERS_CLEAR, name == null ? Map.of() : new AdminDtos.TriggerClearRequest(name));
    }

    @Override
    public AdminDtos.Ack crash() {
        return post(AdminApi.CRASH, Map.of());
    }

    @Override
    public AdminDtos.Ack restart() {
        return post(AdminApi.RESTART, Map.of());
    }

    @Override
    public AdminDtos.Ack isolate(String nodeId) {
        return post(AdminApi.NET_ISOLATE, new AdminDtos.NodeRequest(nodeId));
    }

    @Override
    public AdminDtos.Ack reconnect(String nodeId) {
        return post(AdminApi.NET_RECONNECT, new AdminDtos.NodeRequest(nodeId));
    }

    @Override
    public AdminDtos.Ack split(List<List<String>> groups) {
        return post(AdminApi.NET_SPLIT, new AdminDtos.SplitRequest(groups));
    }

    @Override
    public AdminDtos.Ack heal() {
        return post(AdminApi.NET_HEAL, Map.of());
    }

    /** Replaces the node's partition rules by these. */
    @Override
    public AdminDtos.Ack setNet(List<String> isolated, List<List<String>> groups) {
        return post(AdminApi.NET_SET, new AdminDtos.NetSetRequest(isolated, groups));
    }

    @Override
    public AdminDtos.Ack hold() {
        return post(AdminApi.NET_HOLD, Map.of());
    }

    /** Sends up to {@code count} held messages; null: all of them. */
    @Override
    public AdminDtos.Ack deliver(Integer count) {
        return post(AdminApi.NET_DELIVER, count == null ? Map.of() : new AdminDtos.DeliverRequest(count));
    }

    @Override
    public AdminDtos.Ack release() {
        return post(AdminApi.NET_RELEASE, Map.of());
    }

    @Override
    public AdminDtos.Ack traceSection(String title, long clock) {
        return post(AdminApi.TRACE_SECTION, new AdminDtos.SectionRequest(title, clock));
    }

    @Override
    public AdminDtos.Ack traceClear() {
        return post(AdminApi.TRACE_CLEAR, Map.of());
    }

    public AdminDtos.Ack shutdown() {
        return post(AdminApi.SHUTDOWN, Map.of());
    }

    // ---------------------------------------------------------------- plumbing

    private <T> T get(String path, Map<String, String> query, Class<T> type) {
        return call(http, uri(path, query), null, type);
    }

    private AdminDtos.Ack post(String path, Object body) {
        return call(http, uri(path, Map.of()), body(body), AdminDtos.Ack.class);
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        try {
            URI base = new URI("http", null, node.admin().host(), node.admin().port(), path, null, null);
            return q.isEmpty() ? base : URI.create(base + "?" + q);
        } catch (URISyntaxException e) {
            throw CliException.usage("bad admin address of " + node.id() + ": " + node.admin() + " (" + e.getMessage() + ")");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] body(Object value) {
        try {
            return RecordJson.write(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node's token; empty if its token file does not exist (yet). */
    private Optional<String> token() {
        try {
            return Optional.of(Files.readString(tokenFile, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw CliException.usage("cannot read the admin token of " + node.id() + " from " + tokenFile + ": " + e.getMessage());
        }
    }

    private <T> T call(AdminHttp client, URI uri, byte[] body, Class<T> type) {
        Optional<String> token = token();
        try {
            AdminHttp.Answer answer = client.send(uri, token, body);
            if (answer.ok()) return RecordJson.read(answer.body().isBlank() ? "{}" : answer.body(), type);
            throw errorFor(answer.status(), answer.body(), token.isPresent());
        } catch (JsonProcessingException e) {
            throw new CliException(ExitCodes.FAILED, node.id() + " (" + node.admin() + ") sent an answer raftctl cannot read: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreachable(e, client.readTimeout());
        }
    }

    private CliException errorFor(int status, String text, boolean hadToken) {
        AdminDtos.ErrorBody error = parseError(text);
        String sentence = error.error() == null || error.error().isBlank()
                ? "HTTP " + status : error.error();
        String code = error.code() == null ? "" : error.code();
        if (status == 401) {
            if (!hadToken) {
                return new AdminCallException(ExitCodes.USAGE, "no admin token for " + node.id() + ": " + tokenFile
                        + " not found (is this the cluster file " + node.id() + " was started with?)", status, code);
            }
            return new AdminCallException(ExitCodes.USAGE, "admin token rejected by " + node.id() + " (" + node.admin()
                    + "): " + tokenFile + " does not hold the token of the daemon answering there; if that daemon is "
                    + node.id() + " of this cluster, restart it ('raftctl down " + node.id() + "', then 'raftctl up "
                    + node.id() + "') to give it this token again, else another cluster is using this address", status, code);
        }
        if (status == 409 && AdminApi.E_CRASHED.equals(code)) {
            return new AdminCallException(ExitCodes.FAILED, "node is crashed", status, code);
        }
        if (status == 400 || status == 413) {
            return new AdminCallException(ExitCodes.USAGE, sentence, status, code);
        }
        if (status == 404 || status == 405) {
            return new AdminCallException(ExitCodes.FAILED, node.id() + " (" + node.admin()
                    + ") does not support this request (" + sentence + "); is it an older raftd?", status, code);
        }
        // 409 not_leader, 503 unavailable, 500: the node refused or failed the operation.
        return new AdminCallException(ExitCodes.FAILED, sentence, status, code);
    }

    private static AdminDtos.ErrorBody parseError(String text) {
        try {
            AdminDtos.ErrorBody body = RecordJson.read(text, AdminDtos.ErrorBody.class);
            return body == null ? new AdminDtos.ErrorBody(null, null) : body;
        } catch (IOException | RuntimeException e) {
            return new AdminDtos.ErrorBody(text == null || text.isBlank() ? null : text.strip(), null);
        }
    }

    private NodeUnreachableException unreachable(IOException e, Duration readTimeout) {
        String hint;
        try {
            hint = unreachableHint.get();
        } catch (RuntimeException noHint) {
            hint = null;
        }
        return new NodeUnreachableException(node.id(), node.admin().toString(), describe(e, readTimeout), hint, e);
    }

    /** A few words on why the connection failed. */
    static String describe(IOException e, Duration readTimeout) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof ConnectException) return "connection refused";
        if (e instanceof NoRouteToHostException) return "no route to host";
        if (e instanceof UnknownHostException) return "unknown host";
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            if (message.contains("connect")) return "connect timed out after " + AdminHttp.CONNECT_TIMEOUT.toSeconds() + "s";
            return "no answer within " + readTimeout.toSeconds() + "s";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("refused")) return "connection refused";
        return message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
