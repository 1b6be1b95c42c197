package io.raftctl.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.raftctl.admin.AdminApi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One node's admin socket, as the chaos run needs it: commands classified by what the client can know about
 * their fate, and nemesis actions that report failure instead of throwing (the node may be down on purpose).
 */
final class NodeApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ACTION_TIMEOUT = Duration.ofSeconds(10);

    private final String id;
    private final URI base;
    private final Path tokenFile;
    private final HttpClient http;
    private volatile String token;

    NodeApi(String id, String host, int port, Path tokenFile, HttpClient http) {
        this.id = id;
        this.base = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
        this.tokenFile = tokenFile;
        this.http = http;
    }

    String id() {
        return id;
    }

    /**
     * Submits a command and classifies the answer. Only answers that prove the command never entered the log
     * are failures; everything else that is not a success is indeterminate.
     */
    CommandOutcome command(String text, Duration timeout) {
        ObjectNode body = JSON.createObjectNode().put("command", text).put("timeout_ms", timeout.toMillis());
        HttpResponse<String> r;
        try {
            r = send(HttpRequest.newBuilder(base.resolve(AdminApi.COMMAND))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), timeout.plusSeconds(3));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return CommandOutcome.fail("unreachable", null); // nothing was sent
        } catch (IOException e) {
            return CommandOutcome.info("connection lost");
        }
        if (r.statusCode() == 409) return CommandOutcome.fail("crashed", null); // refused before submitting
        if (r.statusCode() >= 400 && r.statusCode() < 500) return CommandOutcome.fail("refused (" + r.statusCode() + ")", null);
        if (r.statusCode() != 200) return CommandOutcome.info("http " + r.statusCode());
        JsonNode n;
        try {
            n = JSON.readTree(r.body());
        } catch (IOException e) {
            return CommandOutcome.info("unreadable answer");
        }
        String status = n.path("status").asText("");
        return switch (status) {
            case "OK" -> CommandOutcome.ok(n.path("value").asText(null), n.path("index").asLong());
            case "NOT_LEADER" -> CommandOutcome.fail("not leader", n.hasNonNull("leader") ? n.get("leader").asText() : null);
            case "INVALID" -> CommandOutcome.fail("invalid", null);
            default -> CommandOutcome.info(status.isEmpty() ? "no status" : status.toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** The node's status, or null if it does not answer. */
    JsonNode status() {
        return getOrNull(AdminApi.STATUS);
    }

    JsonNode state() {
        return getOrNull(AdminApi.STATE);
    }

    JsonNode log() {
        return getOrNull(AdminApi.LOG);
    }

    /** POSTs an action; true if the node answered 2xx. */
    boolean action(String path, Object body) {
        try {
            String json = body == null ? "{}" : JSON.writeValueAsString(body);
            HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), ACTION_TIMEOUT);
            return r.statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        }
    }

    private JsonNode getOrNull(String path) {
        try {
            HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path)).GET(), ACTION_TIMEOUT);
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) throws IOException {
        String t = token();
        if (t != null) request.header("Authorization", "Bearer " + t);
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The node writes its token at first start; read it once it exists. */
    private String token() {
        String t = token;
        if (t != null) return t;
        try {
            t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (!t.isEmpty()) token = t;
            return token;
        } catch (IOException e) {
            return null;
        }
    }
}
