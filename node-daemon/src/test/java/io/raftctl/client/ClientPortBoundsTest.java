package io.raftctl.client;

import io.raftctl.raft.ClientResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client port's bounds, against an engine that answers only when told to: a command without an answer within
 * the port's timeout is answered OUTCOME_UNKNOWN (once: the engine's late answer is dropped), and at the port's
 * limit of commands in flight it stops reading commands until half of them are answered.
 */
class ClientPortBoundsTest {

    private static final String TOKEN = "t0ken";

    /** Holds every command; answers "now ..." commands at once. */
    private static final class HoldingSink implements CommandSink {
        final List<ClientCommand> held = new ArrayList<>();
        ClientServer server;

        @Override
        public synchronized void submitAll(List<ClientCommand> commands) {
            for (ClientCommand c : commands) {
                if (c.text().startsWith("now")) answer(c);
                else held.add(c);
            }
            server.publish();
        }

        synchronized int heldCount() {
            return held.size();
        }

        synchronized void answerHeld(int n) {
            for (int i = 0; i < n; i++) answer(held.remove(0));
            server.publish();
        }

        private static void answer(ClientCommand c) {
            c.accept(new ClientResult(0, ClientResult.Status.OK, 1, c.text(), null, null));
        }

        @Override
        public void abandon(Object owner) {
        }
    }

    private ClientServer server;
    private Socket socket;

    @AfterEach
    void stop() throws IOException {
        if (socket != null) socket.close();
        if (server != null) server.close();
    }

    private HoldingSink start(int maxInFlight, long timeoutMs) throws IOException {
        HoldingSink sink = new HoldingSink();
        server = new ClientServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "n1", TOKEN, sink,
                maxInFlight, timeoutMs);
        sink.server = server;
        server.start();
        socket = new Socket();
        socket.connect(server.address(), 2_000);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(ClientProtocol.hello(TOKEN));
        assertThat(frame().get()).isEqualTo((byte) ClientProtocol.WELCOME);
        return sink;
    }

    private void send(long firstId, int count, String text) throws IOException {
        byte[] t = ClientProtocol.utf8(text);
        ByteBuffer b = ByteBuffer.allocate(count * ClientProtocol.commandSize(t));
        for (int i = 0; i < count; i++) ClientProtocol.putCommand(b, firstId + i, t);
        OutputStream out = socket.getOutputStream();
        out.write(b.array());
        out.flush();
    }

    private ByteBuffer frame() throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        return ByteBuffer.wrap(payload);
    }

    private ClientProtocol.Result result() throws IOException {
        ByteBuffer f = frame();
        assertThat(f.get()).isEqualTo((byte) ClientProtocol.RESULT);
        return ClientProtocol.readResult(f);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out");
            Thread.sleep(10);
        }
    }

    @Test
    void aCommandTheEngineDoesNotAnswerInTimeIsAnsweredOutcomeUnknownOnce() throws Exception {
        HoldingSink sink = start(1_000, 300);
        long t0 = System.nanoTime();
        send(1, 1, "add 1");
        ClientProtocol.Result r = result();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.requestId()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(ClientProtocol.Status.OUTCOME_UNKNOWN);
        assertThat(r.error()).isEqualTo("no result within 300 ms; outcome unknown");
        assertThat(ms).isBetween(250L, 5_000L);

        // The engine's late answer is not sent: the next result is that of the next command.
        sink.answerHeld(1);
        send(2, 1, "now");
        ClientProtocol.Result next = result();
        assertThat(next.requestId()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ClientProtocol.Status.OK);
        await(() -> server.inFlight() == 0);
    }

    @Test
    void atTheInFlightLimitThePortStopsReadingUntilHalfAreAnswered() throws Exception {
        HoldingSink sink = start(10, 60_000);
        send(1, 10, "add 1");
        await(() -> sink.heldCount() == 10);
        send(11, 10, "add 1");
        // Paused means the selector no longer reads the connection: the 10 sent since cannot be taken.
        await(server::readingPaused);
        assertThat(sink.heldCount()).as("not read while 10 are in flight").isEqualTo(10);

        sink.answerHeld(4); // 6 in flight: still above half
        for (int i = 0; i < 4; i++) assertThat(result().status()).isEqualTo(ClientProtocol.Status.OK);
        await(() -> server.inFlight() == 6);
        assertThat(server.readingPaused()).as("6 in flight: still above half").isTrue();
        assertThat(sink.heldCount()).isEqualTo(6);

        sink.answerHeld(1); // 5 in flight: reading again
        assertThat(result().status()).isEqualTo(ClientProtocol.Status.OK);
        await(() -> sink.heldCount() == 15);
        sink.answerHeld(15);
        for (int i = 0; i < 15; i++) assertThat(result().status()).isEqualTo(ClientProtocol.Status.OK);
        await(() -> server.inFlight() == 0);
    }
}
