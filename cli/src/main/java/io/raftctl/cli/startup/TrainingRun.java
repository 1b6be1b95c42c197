package io.raftctl.cli.startup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.raftctl.admin.AdminApi;
import io.raftctl.cli.Main;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.LocalClusterSpec;
import io.raftctl.cli.process.FreePorts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The work the launcher records once per build to make raftctl's class-data-sharing archive (see
 * .ci/startup-archive): the classes a one-shot command loads (the command model, help, a cluster file, the
 * admin client, JSON, the status table) are then mapped from the archive instead of read from the jar.
 * It runs typical lines against three stand-in admin sockets on loopback, and prints nothing.
 */
public final class TrainingRun {

    private static final int NODES = 3;
    /** What a node's admin socket answers to a status request (n1 leads); other requests are acknowledged. */
    private static final String STATUS = """
            {"id":"%s","name":"%s","cluster":"training","role":"%s","crashed":false,"pre_vote_round":false,
             "term":1,"voted_for":null,"leader":"n1","commit":1,"applied":1,"last_index":1,"last_term":1,
             "timers":true,"triggers":{},"net":{"isolated":[],"groups":[],"holding":false,"held":0},
             "apply_error":null,"state_machine":"counter","fsync":true,"pid":1,"uptime_ms":1,"trace_clock":1}
            """;

    private TrainingRun() {
    }

    public static void main(String[] args) throws IOException {
        // Every command starts there: loaded (not run, it would exit) so that it is archived too.
        Main.class.getName();
        Path dir = Files.createTempDirectory("raftctl-training");
        List<HttpServer> nodes = new ArrayList<>();
        try {
            List<Integer> adminPorts = new ArrayList<>();
            for (int i = 1; i <= NODES; i++) {
                HttpServer node = standIn("n" + i);
                nodes.add(node);
                adminPorts.add(node.getAddress().getPort());
            }
            Path file = dir.resolve("raftctl.yaml");
            ClusterFiles.writeLocalDefault(file, new LocalClusterSpec("training", NODES, FreePorts.take(NODES),
                    adminPorts, Path.of(".raftctl"), true, true, true));
            String config = file.toString();
            for (List<String> line : List.of(
                    List.of("--version"),
                    List.of("--help"),
                    List.of("help", "status"),
                    List.of("-c", config, "status"),
                    List.of("-c", config, "-o", "json", "status"),
                    List.of("-c", config, "status", "n9"),
                    List.of("-c", config, "timers", "on"))) {
                Raftctl.execute(quietSession(), line);
            }
        } finally {
            nodes.forEach(node -> node.stop(0));
            deleteTree(dir);
        }
    }

    private static HttpServer standIn(String id) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/", exchange -> answer(exchange,
                AdminApi.STATUS.equals(exchange.getRequestURI().getPath())
                        ? STATUS.formatted(id, id, id.equals("n1") ? "LEADER" : "FOLLOWER") : "{\"ok\":true}"));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Session quietSession() {
        return Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
