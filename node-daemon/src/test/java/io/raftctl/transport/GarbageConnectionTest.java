package io.raftctl.transport;

import io.raftctl.raft.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static io.raftctl.transport.Await.awaitUntil;
import static io.raftctl.transport.TestMessages.heartbeat;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a stray client sends to the raft port costs it its own connection and nothing else. */
class GarbageConnectionTest {

    private TestCluster cluster;
    private final List<Socket> raw = new ArrayList<>();
    private long reconnectsAtStart;

    @BeforeEach
    void startTwoNodes() throws IOException {
        cluster = new TestCluster(2);
        cluster.startAll();
        cluster.awaitConnected("n1", "n2");
        cluster.transport("n1").send(heartbeat("n1", "n2", 1));
        cluster.awaitReceived("n2", 1);
        // n1 may have tried n2 before n2 listened; only reconnects after this point would be the garbage's doing.
        reconnectsAtStart = cluster.transport("n1").stats().reconnects();
    }

    @AfterEach
    void tearDown() throws IOException {
        for (Socket s : raw) s.close();
        cluster.close();
    }

    static Stream<Named<byte[]>> garbage() {
        byte[] junk = new byte[256];
        new Random(7).nextBytes(junk);
        return Stream.of(
                Named.of("an HTTP request", "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                Named.of("random bytes", junk),
                Named.of("a 2 GiB frame length", new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 2, 3}),
                Named.of("a zero frame length", new byte[] {0, 0, 0, 0}),
                Named.of("a frame cut short", new byte[] {0, 0, 0, 40, 'R', 'F', 'T', 'P'}),
                Named.of("nothing at all", new byte[0]),
                Named.of("a hello with the wrong magic", frame(bytesWithMagic("XFTP"))),
                Named.of("a hello of another format version", frame(helloWithVersion(Hello.FORMAT_VERSION + 1))),
                Named.of("a hello from another cluster", frame(new Hello("other-cluster", "n1").encode())),
                Named.of("a hello from an unknown node", frame(new Hello(TestCluster.NAME, "n9").encode())),
                Named.of("a hello claiming to be the receiver", frame(new Hello(TestCluster.NAME, "n2").encode())),
                Named.of("a valid hello then junk", concat(frame(validHello()), frame(new byte[] {99, 1, 2}))),
                Named.of("a valid hello then an oversize frame",
                        concat(frame(validHello()), new byte[] {0x01, 0x00, 0x00, 0x01})),
                Named.of("a valid hello then a message from someone else",
                        concat(frame(validHello()), frame(MessageCodec.encode(heartbeat("n3", "n2", 5))))),
                Named.of("a valid hello then a message for another node",
                        concat(frame(validHello()), frame(MessageCodec.encode(heartbeat("n1", "n1", 5))))));
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageClosesOnlyItsOwnConnection(byte[] bytes) throws IOException {
        Socket s = connectRaw();
        s.getOutputStream().write(bytes);
        s.shutdownOutput(); // lets "nothing at all" and "a frame cut short" end in EOF

        assertClosedByPeer(s);
        awaitUntil(() -> cluster.transport("n2").stats().garbageConnections() == 1, () -> "one garbage connection");

        // The established connection from n1 and the listener are unaffected.
        cluster.transport("n1").send(heartbeat("n1", "n2", 2));
        cluster.awaitReceived("n2", 2);
        assertThat(cluster.received("n2")).extracting(Message::clock).containsExactly(1L, 2L);
        assertThat(cluster.transport("n1").stats().reconnects()).isEqualTo(reconnectsAtStart);
        Socket another = connectRaw();
        another.getOutputStream().write(frame(validHello()));
        another.getOutputStream().write(frame(MessageCodec.encode(heartbeat("n1", "n2", 3))));
        another.getOutputStream().flush();
        cluster.awaitReceived("n2", 3);
    }

    @Test
    void aHandWrittenPeerThatFollowsTheProtocolIsHeard() throws IOException {
        Socket s = connectRaw();
        s.getOutputStream().write(concat(frame(validHello()), frame(MessageCodec.encode(heartbeat("n1", "n2", 42)))));
        cluster.awaitReceived("n2", 2);
        assertThat(cluster.received("n2").get(1)).isEqualTo(heartbeat("n1", "n2", 42));
        assertThat(cluster.transport("n2").stats().garbageConnections()).isZero();
    }

    @Test
    void tooManyConnectionsAreRefused() throws IOException {
        // n1's real connection is one of them; fill the rest with silent clients.
        for (int i = 0; i < PeerTransport.MAX_INBOUND_CONNECTIONS; i++) connectRaw();
        Socket overflow = raw.get(raw.size() - 1);
        assertClosedByPeer(overflow);
        assertThat(cluster.transport("n2").stats().garbageConnections()).isPositive();
        cluster.transport("n1").send(heartbeat("n1", "n2", 2));
        cluster.awaitReceived("n2", 2);
    }

    private Socket connectRaw() throws IOException {
        Socket s = new Socket();
        raw.add(s);
        s.connect(cluster.addresses.get("n2"));
        s.setSoTimeout((int) Await.TIMEOUT.toMillis()); // bounds the wait in assertClosedByPeer
        return s;
    }

    /** The node closes the connection: the read ends, with an EOF or a reset if our bytes were left unread. */
    private static void assertClosedByPeer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            assertThat(in.read()).isEqualTo(-1);
        } catch (IOException e) {
            assertThat(e).hasMessageContaining("reset");
        }
    }

    private static byte[] validHello() {
        return new Hello(TestCluster.NAME, "n1").encode();
    }

    private static byte[] bytesWithMagic(String magic) {
        byte[] hello = validHello();
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(m, 0, hello, 0, 4);
        return hello;
    }

    private static byte[] helloWithVersion(int version) {
        return new PayloadWriter(32).writeBytes(Hello.MAGIC).writeShort(version)
                .writeString(TestCluster.NAME).writeString("n1").toByteArray();
    }

    private static byte[] frame(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Frames.write(out, payload);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
