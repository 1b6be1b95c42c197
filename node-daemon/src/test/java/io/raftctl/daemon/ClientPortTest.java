package io.raftctl.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raftctl.client.ClientConnection;
import io.raftctl.client.ClientProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client port of real raftd processes: answers, pipelining, authentication, and hostile bytes. */
class ClientPortTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static LocalCluster cluster;

    @BeforeAll
    static void start() throws IOException {
        cluster = new LocalCluster(dir, 3, "raft:\n  timers: off\n").start();
        assertThat(cluster.post("n1", "/v1/elect", "{}").statusCode()).isEqualTo(200);
        LocalCluster.await(TIMEOUT, () -> "LEADER".equals(field("n1", "/v1/status", "role")), "n1 to lead");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (cluster != null) cluster.close();
    }

    private static String field(String id, String path, String name) {
        try {
            JsonNode n = JSON.readTree(cluster.get(id, path).body()).get(name);
            return n == null ? null : n.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static long counter(String id) {
        return Long.parseLong(field(id, "/v1/state", "total"));
    }

    private static InetSocketAddress port(String id) {
        return new InetSocketAddress("127.0.0.1", cluster.clientPorts.get(id));
    }

    @Test
    void theLeaderAppliesAndAFollowerNamesIt() throws IOException {
        long before = counter("n1");
        try (ClientConnection c = ClientConnection.open(port("n1"), cluster.token("n1"), TIMEOUT)) {
            assertThat(c.nodeId()).isEqualTo("n1");
            ClientProtocol.Result r = c.call("add 5", TIMEOUT);
            assertThat(r.status()).isEqualTo(ClientProtocol.Status.OK);
            assertThat(r.value()).isEqualTo(Long.toString(before + 5));
            assertThat(r.index()).isPositive();
            ClientProtocol.Result invalid = c.call("multiply 3", TIMEOUT);
            assertThat(invalid.status()).isEqualTo(ClientProtocol.Status.INVALID);
            assertThat(invalid.error()).startsWith("invalid command:");
        }
        try (ClientConnection c = ClientConnection.open(port("n2"), cluster.token("n2"), TIMEOUT)) {
            ClientProtocol.Result r = c.call("add 1", TIMEOUT);
            assertThat(r.status()).isEqualTo(ClientProtocol.Status.NOT_LEADER);
            assertThat(r.leader()).isEqualTo("n1");
            assertThat(r.error()).isEqualTo("not leader; leader is n1");
        }
    }

    @Test
    void pipelinedCommandsAreAllAnsweredOnce() throws IOException {
        long before = counter("n1");
        int n = 500;
        try (Socket s = greeted("n1", cluster.token("n1"))) {
            ByteBuffer b = ByteBuffer.allocate(n * ClientProtocol.commandSize(ClientProtocol.utf8("add 1")));
            for (int i = 1; i <= n; i++) ClientProtocol.putCommand(b, i, ClientProtocol.utf8("add 1"));
            s.getOutputStream().write(b.array()); // all at once, without waiting for answers
            DataInputStream in = new DataInputStream(s.getInputStream());
            Set<Long> answered = new HashSet<>();
            for (int i = 0; i < n; i++) {
                ByteBuffer frame = frame(in);
                assertThat(frame.get()).isEqualTo((byte) ClientProtocol.RESULT);
                ClientProtocol.Result r = ClientProtocol.readResult(frame);
                assertThat(r.status()).isEqualTo(ClientProtocol.Status.OK);
                assertThat(answered.add(r.requestId())).as("answered once: %d", r.requestId()).isTrue();
            }
            assertThat(answered).hasSize(n);
        }
        assertThat(counter("n1")).isEqualTo(before + n);
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsApplied() throws IOException {
        long before = counter("n1");
        try (Socket s = raw("n1")) {
            OutputStream out = s.getOutputStream();
            out.write(ClientProtocol.hello(cluster.token("n2")));
            ByteBuffer b = ByteBuffer.allocate(ClientProtocol.commandSize(ClientProtocol.utf8("add 1")));
            ClientProtocol.putCommand(b, 1, ClientProtocol.utf8("add 1"));
            out.write(b.array()); // sent anyway, before the refusal arrives
            DataInputStream in = new DataInputStream(s.getInputStream());
            ByteBuffer frame = frame(in);
            assertThat(frame.get()).isEqualTo((byte) ClientProtocol.REFUSED);
            assertThat(ClientProtocol.readString(frame)).isEqualTo("wrong token.");
            assertThat(in.read()).as("the node closes the connection").isEqualTo(-1);
        }
        assertThatThrownBy(() -> ClientConnection.open(port("n1"), "nope", TIMEOUT))
                .isInstanceOf(ClientConnection.RefusedException.class).hasMessage("wrong token.");
        assertThat(counter("n1")).isEqualTo(before);
    }

    @Test
    void malformedBytesAreRefusedWithoutHarmingTheDaemon() throws IOException {
        String[][] cases = {
                {"GET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n", "frame length 1195725856 is outside 1..1048576."},
                {"\u0000\u0000\u0000\u0005\u0002abcd", "the first frame is not a client hello."},
                {"\u0000\u0000\u0000\u0003\u0001RF", "the hello frame is truncated."},
        };
        for (String[] c : cases) {
            try (Socket s = raw("n1")) {
                s.getOutputStream().write(c[0].getBytes(StandardCharsets.ISO_8859_1));
                DataInputStream in = new DataInputStream(s.getInputStream());
                ByteBuffer frame = frame(in);
                assertThat(frame.get()).isEqualTo((byte) ClientProtocol.REFUSED);
                assertThat(ClientProtocol.readString(frame)).isEqualTo(c[1]);
                assertThat(in.read()).isEqualTo(-1);
            }
        }
        // A greeted client that then sends a truncated command, or an unknown frame type.
        for (byte[] bad : new byte[][]{{0, 0, 0, 4, 2, 0, 0, 0}, {0, 0, 0, 1, 99}}) {
            try (Socket s = greeted("n1", cluster.token("n1"))) {
                s.getOutputStream().write(bad);
                DataInputStream in = new DataInputStream(s.getInputStream());
                ByteBuffer frame = frame(in);
                assertThat(frame.get()).isEqualTo((byte) ClientProtocol.REFUSED);
                assertThat(ClientProtocol.readString(frame)).isIn("a command frame is truncated.",
                        "unexpected frame type 99 from a client.");
            }
        }
        // A client that never says hello is dropped after the hello timeout; meanwhile the daemon serves others.
        try (Socket silent = raw("n1");
             ClientConnection c = ClientConnection.open(port("n1"), cluster.token("n1"), TIMEOUT)) {
            assertThat(c.call("get", TIMEOUT).status()).isEqualTo(ClientProtocol.Status.OK);
            assertThat(silent.isConnected()).isTrue();
        }
        assertThat(field("n1", "/v1/status", "role")).isEqualTo("LEADER");
    }

    private static Socket raw(String id) throws IOException {
        Socket s = new Socket();
        s.connect(port(id), 5_000);
        s.setSoTimeout(10_000);
        return s;
    }

    private static Socket greeted(String id, String token) throws IOException {
        Socket s = raw(id);
        s.getOutputStream().write(ClientProtocol.hello(token));
        ByteBuffer welcome = frame(new DataInputStream(s.getInputStream()));
        assertThat(welcome.get()).isEqualTo((byte) ClientProtocol.WELCOME);
        return s;
    }

    private static ByteBuffer frame(DataInputStream in) throws IOException {
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        return ByteBuffer.wrap(payload);
    }
}
