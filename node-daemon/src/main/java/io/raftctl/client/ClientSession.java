package io.raftctl.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.security.MessageDigest;
import java.util.List;

/**
 * One client connection, owned by the client port's I/O thread: it decodes the frames that arrived, answers the
 * hello, and buffers results until the socket takes them.
 */
final class ClientSession {

    /** Commands one connection may have waiting; more are answered BUSY at once. */
    static final int MAX_IN_FLIGHT = 10_000;
    /** Answers buffered for a client that does not read; beyond this the connection is closed. */
    static final int MAX_PENDING_OUTPUT = 16 << 20;
    private static final int INITIAL_BUFFER = 64 * 1024;

    private final ClientServer server;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final long helloDeadline;
    private ByteBuffer in = ByteBuffer.allocate(INITIAL_BUFFER);
    private ByteBuffer out = ByteBuffer.allocate(INITIAL_BUFFER); // in write mode: position = bytes pending
    private boolean greeted;
    private boolean closing; // refused: flush what is buffered, then close
    private boolean closed;
    private int inFlight;

    ClientSession(ClientServer server, SocketChannel channel, SelectionKey key, long helloDeadline) {
        this.server = server;
        this.channel = channel;
        this.key = key;
        this.helloDeadline = helloDeadline;
    }

    ClientServer server() {
        return server;
    }

    boolean closed() {
        return closed;
    }

    boolean helloOverdue(long now) {
        return !greeted && !closing && now - helloDeadline > 0;
    }

    /** Reads what arrived and decodes every whole frame; new commands go to {@code batch}. */
    void onReadable(List<ClientCommand> batch) throws IOException {
        if (closing) {
            in.clear(); // a refused client's further bytes are ignored
            if (channel.read(in) < 0) close();
            in.clear();
            return;
        }
        int n = channel.read(in);
        if (n < 0) {
            close();
            return;
        }
        in.flip();
        try {
            decodeFrames(batch);
        } catch (ProtocolException e) {
            refuse(e.getMessage());
            return;
        }
        in.compact();
    }

    private void decodeFrames(List<ClientCommand> batch) throws ProtocolException {
        while (!closing) {
            int length = ClientProtocol.frameLength(in);
            if (length < 0) return;
            if (in.remaining() < 4 + length) {
                if (in.capacity() < 4 + length) grow(4 + length);
                return;
            }
            int end = in.position() + 4 + length;
            ByteBuffer frame = in.duplicate();
            frame.position(in.position() + 4).limit(end);
            in.position(end);
            int type = frame.get();
            if (!greeted) {
                if (type != ClientProtocol.HELLO) throw new ProtocolException("the first frame is not a client hello.");
                hello(ClientProtocol.readHello(frame));
            } else if (type == ClientProtocol.COMMAND) {
                command(frame, batch);
            } else {
                throw new ProtocolException("unexpected frame type " + type + " from a client.");
            }
        }
    }

    private void grow(int needed) {
        // Called with the buffer in read mode; keeps the unread bytes.
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(needed, in.capacity() * 2));
        bigger.put(in);
        bigger.flip();
        in = bigger;
    }

    private void hello(String token) {
        if (!MessageDigest.isEqual(ClientProtocol.utf8(token), server.token())) {
            refuse("wrong token.");
            return;
        }
        greeted = true;
        append(ClientProtocol.welcome(server.nodeId()));
    }

    private void command(ByteBuffer frame, List<ClientCommand> batch) throws ProtocolException {
        if (frame.remaining() < 8) throw new ProtocolException("a command frame is truncated.");
        long id = frame.getLong();
        String text = ClientProtocol.readString(frame);
        ClientProtocol.expectEnd(frame);
        ClientCommand c = new ClientCommand(this, id, text);
        inFlight++; // every command gets exactly one answer, which counts it down
        server.commandArrived();
        if (text == null || text.isBlank()) {
            c.fail(ClientProtocol.Status.INVALID, "invalid command: the command is empty");
        } else if (inFlight > MAX_IN_FLIGHT) {
            c.fail(ClientProtocol.Status.BUSY, "too many commands in flight on this connection (limit " + MAX_IN_FLIGHT + ")");
        } else {
            batch.add(c);
        }
    }

    /** Buffers the answer to {@code c}; {@link #flush()} sends it. */
    void answer(ClientCommand c) {
        inFlight--;
        server.commandAnswered();
        if (closed) return;
        byte[] value = ClientProtocol.utf8(c.value);
        byte[] error = ClientProtocol.utf8(c.error);
        byte[] leader = ClientProtocol.utf8(c.leader);
        ensureOut(ClientProtocol.resultSize(value, error, leader));
        ClientProtocol.putResult(out, c.requestId, c.status, c.index, value, error, leader);
    }

    /** Writes buffered output; waits for the socket to drain when it is full. */
    void flush() throws IOException {
        if (closed) return;
        out.flip();
        try {
            while (out.hasRemaining()) {
                if (channel.write(out) == 0) break;
            }
        } finally {
            out.compact();
        }
        boolean pending = out.position() > 0;
        if (!pending && closing) {
            close();
            return;
        }
        updateInterest(pending);
        if (out.position() > MAX_PENDING_OUTPUT) {
            server.log().warn("closed a client connection that does not read its answers ({} bytes pending)", out.position());
            close();
        }
    }

    boolean hasOutput() {
        return out.position() > 0;
    }

    /**
     * Reads unless the port has too many commands in flight (back-pressure: the client's commands wait in the socket
     * buffers, then in the client); a connection that has not said hello yet reads all the same. Writes while
     * answers are pending.
     */
    void updateInterest(boolean pendingOutput) {
        if (closed || !key.isValid()) return;
        int read = greeted && server.readingPaused() ? 0 : SelectionKey.OP_READ;
        key.interestOps(read | (pendingOutput ? SelectionKey.OP_WRITE : 0));
    }

    void updateInterest() {
        updateInterest(out.position() > 0);
    }

    /** Tells the client why, then closes once that is sent. */
    void refuse(String reason) {
        if (closing) return;
        server.log().warn("refused a client connection from {}: {}", remote(), reason);
        append(ClientProtocol.refused(reason));
        closing = true;
    }

    void close() {
        if (closed) return;
        closed = true;
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // The connection is gone either way.
        }
        if (inFlight > 0) server.abandon(this);
    }

    private void append(byte[] frame) {
        ensureOut(frame.length);
        out.put(frame);
        server.markDirty(this);
    }

    private void ensureOut(int n) {
        if (out.remaining() >= n) return;
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + n));
        out.flip();
        bigger.put(out);
        out = bigger;
    }

    private String remote() {
        try {
            return String.valueOf(channel.getRemoteAddress());
        } catch (IOException e) {
            return "a client";
        }
    }
}
