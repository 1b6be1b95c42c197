package io.raftctl.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.client.ClientProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group commit with real processes and fsync on: many commands in flight at once cost the leader and each
 * follower far fewer storage saves (each one fsync of the log) than there are commands. That no answer leaves
 * before its batch is persisted is the driver's order, which {@code ReadyDriverOrderTest} checks directly.
 */
class GroupCommitTest {

    private static final Pattern STORAGE_LINE = Pattern.compile("storage since start: (\\d+) saves, (\\d+) fsyncs");

    @TempDir
    Path dir;

    @Test
    void concurrentCommandsShareSaves() throws Exception {
        int connections = 64;
        int perConnection = 8;
        int commands = connections * perConnection;
        try (LocalCluster cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n").start()) {
            assertThat(cluster.post("n1", "/v1/elect", "{}").statusCode()).isEqualTo(200);
            ObjectMapper json = new ObjectMapper();
            LocalCluster.await(Duration.ofSeconds(10), () -> {
                try {
                    return "LEADER".equals(json.readTree(cluster.get("n1", "/v1/status").body()).get("role").asText());
                } catch (IOException e) {
                    return false;
                }
            }, "n1 to lead");

            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < connections; i++) sockets.add(greeted(cluster, "n1"));
                byte[] add = ClientProtocol.utf8("add 1");
                for (Socket s : sockets) {
                    ByteBuffer b = ByteBuffer.allocate(perConnection * ClientProtocol.commandSize(add));
                    for (int i = 1; i <= perConnection; i++) ClientProtocol.putCommand(b, i, add);
                    s.getOutputStream().write(b.array());
                }
                for (Socket s : sockets) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    for (int i = 0; i < perConnection; i++) {
                        ByteBuffer frame = frame(in);
                        assertThat(frame.get()).isEqualTo((byte) ClientProtocol.RESULT);
                        assertThat(ClientProtocol.readResult(frame).status()).isEqualTo(ClientProtocol.Status.OK);
                    }
                }
            } finally {
                for (Socket s : sockets) s.close();
            }
            assertThat(json.readTree(cluster.get("n1", "/v1/state").body()).get("total").asLong()).isEqualTo(commands);

            // A graceful stop logs how often each node saved and synced since it started.
            for (String id : cluster.ids) cluster.stop(id);
            for (String id : cluster.ids) {
                Matcher m = STORAGE_LINE.matcher(Files.readString(dir.resolve("data").resolve(id).resolve("raftd.log")));
                assertThat(m.find()).as("%s logs its storage counts", id).isTrue();
                long saves = Long.parseLong(m.group(1));
                System.out.printf("group commit: %s saved %d times (%s fsyncs) for %d commands%n", id, saves, m.group(2), commands);
                long fsyncs = Long.parseLong(m.group(2));
                assertThat(saves).as("%s saves for %d commands", id, commands).isPositive().isLessThan(commands / 4);
                // Exactly one fsync per batch (the watermark slot rides in the same one), plus a fixed 7: the first
                // start's syncs of the new folders, of the first segment (created atomically: its file and the log
                // folder) and the start-up syncs of both folders, and the one extra fsync of the save that wrote the
                // term and vote of the one election (meta.tmp, then the folder, where an append costs one).
                assertThat(fsyncs).as("%s fsyncs for %d saves", id, saves).isEqualTo(saves + 7);
            }
        }
    }

    private static Socket greeted(LocalCluster cluster, String id) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", cluster.clientPorts.get(id)), 5_000);
        s.setSoTimeout(20_000);
        s.getOutputStream().write(ClientProtocol.hello(cluster.token(id)));
        assertThat(frame(new DataInputStream(s.getInputStream())).get()).isEqualTo((byte) ClientProtocol.WELCOME);
        return s;
    }

    private static ByteBuffer frame(DataInputStream in) throws IOException {
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        return ByteBuffer.wrap(payload);
    }
}
