package io.raftctl.client;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * A blocking connection to a node's client port, one command at a time: what {@code raftctl command} uses. Not
 * thread-safe. Load generators pipeline over many connections with their own selector instead.
 */
public final class ClientConnection implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final String nodeId;
    private long nextId = 1;

    private ClientConnection(Socket socket, String nodeId) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
        this.nodeId = nodeId;
    }

    /**
     * Connects and says hello.
     *
     * @throws RefusedException if the node refused the hello (a wrong token, say)
     * @throws IOException      if the node cannot be reached or broke the protocol
     */
    public static ClientConnection open(InetSocketAddress address, String token, Duration connectTimeout)
            throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(address, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) Math.max(1, connectTimeout.toMillis()));
            s.getOutputStream().write(ClientProtocol.hello(token));
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
            ByteBuffer frame = readFrame(in);
            int type = frame.get();
            if (type == ClientProtocol.REFUSED) throw new RefusedException(ClientProtocol.readString(frame));
            if (type != ClientProtocol.WELCOME) throw new ProtocolException("the node answered the hello with frame type " + type + ".");
            String id = ClientProtocol.readString(frame);
            ClientConnection c = new ClientConnection(s, id);
            return c;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The id the node gave in its welcome. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * Sends {@code command} and waits up to {@code timeout} for its result.
     *
     * @throws SocketTimeoutException if no result came in time: the outcome is unknown
     * @throws IOException            if the connection broke: the outcome is unknown
     */
    public ClientProtocol.Result call(String command, Duration timeout) throws IOException {
        long id = nextId++;
        byte[] text = ClientProtocol.utf8(command);
        ByteBuffer b = ByteBuffer.allocate(ClientProtocol.commandSize(text));
        ClientProtocol.putCommand(b, id, text);
        out.write(b.array());
        out.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) throw new SocketTimeoutException("no result within " + timeout.toMillis() + " ms");
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            ByteBuffer frame = readFrame(in);
            int type = frame.get();
            if (type == ClientProtocol.REFUSED) throw new RefusedException(ClientProtocol.readString(frame));
            if (type != ClientProtocol.RESULT) throw new ProtocolException("unexpected frame type " + type + " from the node.");
            ClientProtocol.Result r = ClientProtocol.readResult(frame);
            if (r.requestId() == id) return r;
            // An answer to an earlier command that timed out here: skip it.
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }

    private static ByteBuffer readFrame(DataInputStream in) throws IOException {
        int n;
        try {
            n = in.readInt();
        } catch (EOFException e) {
            throw new EOFException("the node closed the connection");
        }
        if (n < 1 || n > ClientProtocol.MAX_FRAME_BYTES) throw new ProtocolException("frame length " + n + " is out of range.");
        byte[] payload = new byte[n];
        in.readFully(payload);
        return ByteBuffer.wrap(payload);
    }

    /** The node refused the connection and closed it; the message is its one sentence. */
    public static final class RefusedException extends IOException {
        public RefusedException(String message) {
            super(message);
        }
    }
}
