import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in raftd for process-management tests: takes raftd's command line, writes its pid and token files
 * where raftd would, answers every admin request with a minimal status, and removes its pid file on SIGTERM.
 * A cluster file containing "# fake-raftd: fail" makes it print a message and exit 3 at once; "# fake-raftd: silent"
 * makes it never open its admin socket; "# fake-raftd: slow-exit" makes it take 1.5 s to exit after SIGTERM, writing
 * "term MILLIS" and "exit MILLIS" (wall clock) to stop.log in its data directory.
 */
public class FakeRaftd {
    public static void main(String[] args) throws Exception {
        String config = null;
        String node = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--config")) config = args[i + 1];
            if (args[i].equals("--node")) node = args[i + 1];
        }
        Path file = Path.of(config).toAbsolutePath();
        List<String> lines = Files.readAllLines(file);
        if (lines.stream().anyMatch(l -> l.contains("# fake-raftd: fail"))) {
            System.out.println("boom: cannot bind the admin socket");
            System.exit(3);
        }
        String dataDir = ".raftctl";
        String admin = null;
        boolean inNode = false;
        for (String l : lines) {
            String t = l.replaceAll("#.*", "").strip();
            if (!l.startsWith(" ")) inNode = false;
            if (t.startsWith("data_dir:")) dataDir = unquote(t.substring("data_dir:".length()));
            if (t.startsWith("- id:")) inNode = unquote(t.substring("- id:".length())).equals(node);
            if (inNode && t.startsWith("admin:")) admin = unquote(t.substring("admin:".length()));
        }
        Path dir = file.getParent().resolve(dataDir).resolve(node);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("admin.token"), "fake-token");
        Path pid = dir.resolve("raftd.pid");
        Files.writeString(pid, Long.toString(ProcessHandle.current().pid()));
        boolean slowExit = lines.stream().anyMatch(l -> l.contains("# fake-raftd: slow-exit"));
        if (lines.stream().anyMatch(l -> l.contains("# fake-raftd: silent"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.deleteIfExists(pid);
                } catch (Exception ignored) {
                }
            }));
            Thread.currentThread().join();
        }
        int port = Integer.parseInt(admin.substring(admin.lastIndexOf(':') + 1));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        String id = node;
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("requests.log"), exchange.getRequestURI() + " " + body + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            byte[] reply = ("{\"id\":\"" + id + "\",\"role\":\"FOLLOWER\",\"timers\":true,\"ok\":true}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (slowExit) {
                    Path log = dir.resolve("stop.log");
                    Files.writeString(log, "term " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    Thread.sleep(1500);
                    Files.writeString(log, "exit " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                Files.deleteIfExists(pid);
            } catch (Exception ignored) {
            }
        }));
        Thread.currentThread().join();
    }

    private static String unquote(String s) {
        s = s.strip();
        if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'"))) s = s.substring(1, s.length() - 1);
        return s;
    }
}
