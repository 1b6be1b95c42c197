package io.raftctl.daemon;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Real raftd processes for tests: a cluster file with free ports in a temp dir, one child JVM per node
 * (on the test class path), and an HTTP client for their admin sockets. Only ever stops its own children.
 */
final class LocalCluster implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    final Path dir;
    final Path configFile;
    final List<String> ids = new ArrayList<>();
    final Map<String, Integer> raftPorts = new LinkedHashMap<>();
    final Map<String, Integer> adminPorts = new LinkedHashMap<>();
    final Map<String, Integer> clientPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LocalCluster(Path dir, int size, String extraYaml) throws IOException {
        this.dir = dir;
        this.configFile = dir.resolve("cluster.yaml");
        StringBuilder yaml = new StringBuilder("cluster: test\ndata_dir: data\nnodes:\n");
        List<Integer> ports = freePorts(3 * size);
        for (int i = 1; i <= size; i++) {
            String id = "n" + i;
            ids.add(id);
            raftPorts.put(id, ports.get(3 * i - 3));
            adminPorts.put(id, ports.get(3 * i - 2));
            clientPorts.put(id, ports.get(3 * i - 1));
            yaml.append("  - {id: ").append(id).append(", raft: 127.0.0.1:").append(raftPorts.get(id))
                    .append(", admin: 127.0.0.1:").append(adminPorts.get(id))
                    .append(", client: 127.0.0.1:").append(clientPorts.get(id)).append("}\n");
        }
        yaml.append(extraYaml);
        Files.writeString(configFile, yaml.toString());
    }

    static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) sockets.add(new ServerSocket(0));
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : sockets) s.close();
        }
    }

    /** Starts raftd for {@code id} with extra arguments, without waiting. */
    Process launch(String id, String... extraArgs) throws IOException {
        return launchMain(RaftdMain.class.getName(), List.of(), id, extraArgs);
    }

    /** Starts {@code mainClass} (raftd or a stand-in that wraps it) for {@code id}, with JVM options, without waiting. */
    Process launchMain(String mainClass, List<String> jvmOptions, String id, String... extraArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                mainClass, "--config", configFile.toString(), "--node", id));
        cmd.addAll(List.of(extraArgs));
        Path out = dir.resolve(id + ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        processes.put(id, p);
        return p;
    }

    /** Starts every node and waits until all admin sockets answer. */
    LocalCluster start(String... extraArgs) throws IOException {
        for (String id : ids) launch(id, extraArgs);
        for (String id : ids) awaitUp(id);
        return this;
    }

    void awaitUp(String id) {
        await(START_TIMEOUT, () -> {
            Process p = processes.get(id);
            if (p != null && !p.isAlive()) throw new AssertionError(id + " exited with " + p.exitValue() + ": " + output(id));
            return tryGet(id, "/v1/status") != null;
        }, id + " to answer on its admin socket");
    }

    String output(String id) {
        try {
            return Files.readString(dir.resolve(id + ".out"));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    String token(String id) throws IOException {
        return Files.readString(dir.resolve("data").resolve(id).resolve("admin.token")).strip();
    }

    HttpResponse<String> request(String id, String method, String path, String body, String token) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPorts.get(id) + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpResponse<String> get(String id, String path) throws IOException {
        return request(id, "GET", path, null, token(id));
    }

    HttpResponse<String> post(String id, String path, String body) throws IOException {
        return request(id, "POST", path, body, token(id));
    }

    private String tryGet(String id, String path) {
        try {
            if (!Files.exists(dir.resolve("data").resolve(id).resolve("admin.token"))) return null;
            HttpResponse<String> r = get(id, path);
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Polls {@code condition} until it holds or {@code timeout} passes. */
    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000); // the polling interval
        }
    }

    Process process(String id) {
        return processes.get(id);
    }

    /** SIGKILL: a real crash. */
    void kill(String id) throws InterruptedException {
        Process p = processes.remove(id);
        if (p != null) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /** SIGTERM: a graceful stop. */
    void stop(String id) throws InterruptedException {
        Process p = processes.remove(id);
        if (p != null) {
            p.destroy();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes.values()) p.destroyForcibly();
        for (Process p : processes.values()) p.waitFor();
        processes.clear();
    }
}
