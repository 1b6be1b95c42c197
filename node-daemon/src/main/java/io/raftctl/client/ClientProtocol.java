package io.raftctl.client;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The binary client protocol of a node's client port (docs/client-protocol.md). Every frame is a 4-byte
 * big-endian payload length, then the payload, whose first byte is the frame type. Strings are a 4-byte length
 * (-1 for null) and UTF-8. Integers are big-endian.
 *
 * <pre>
 *   HELLO    client -> node   type 1, magic "RFTC", u16 version, string token    (the first frame, once)
 *   WELCOME  node -> client   type 17, string node id                             (the token was right)
 *   COMMAND  client -> node   type 2, u64 request id, string command             (any number, pipelined)
 *   RESULT   node -> client   type 18, u64 request id, u8 status, u64 index,
 *                             string value, string error, string leader hint     (in completion order)
 *   REFUSED  node -> client   type 19, string reason                              (then the node closes)
 * </pre>
 *
 * Decoding is strict: a length is checked against the bytes at hand before it is used.
 */
public final class ClientProtocol {

    public static final byte[] MAGIC = {'R', 'F', 'T', 'C'};
    public static final int VERSION = 1;
    /** The largest frame payload either side accepts (as the admin socket's largest body). */
    public static final int MAX_FRAME_BYTES = 1 << 20;

    public static final int HELLO = 1;
    public static final int COMMAND = 2;
    public static final int WELCOME = 17;
    public static final int RESULT = 18;
    public static final int REFUSED = 19;

    /** The status byte of a RESULT; the first six mirror {@link io.raftctl.raft.ClientResult.Status}. */
    public enum Status {
        OK, NOT_LEADER, INVALID, REFUSED, APPLY_FAILED, OUTCOME_UNKNOWN,
        /** The node is crashed (simulated) or its storage failed; the command was not taken. */
        UNAVAILABLE,
        /** Too many commands in flight on this connection; the command was not taken. */
        BUSY;

        private static final Status[] ALL = values();

        static Status of(int code) throws ProtocolException {
            if (code < 0 || code >= ALL.length) throw new ProtocolException("unknown result status " + code + ".");
            return ALL[code];
        }
    }

    /** A decoded RESULT. */
    public record Result(long requestId, Status status, long index, String value, String error, String leader) {
        public boolean ok() {
            return status == Status.OK;
        }
    }

    private ClientProtocol() {
    }

    // ---------------------------------------------------------------- encoding (into a buffer with room)

    public static byte[] hello(String token) {
        byte[] t = utf8(token);
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 4 + 2 + 4 + t.length);
        b.putInt(b.capacity() - 4).put((byte) HELLO).put(MAGIC).putShort((short) VERSION);
        putBytes(b, t);
        return b.array();
    }

    public static byte[] welcome(String nodeId) {
        byte[] id = utf8(nodeId);
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 4 + id.length);
        b.putInt(b.capacity() - 4).put((byte) WELCOME);
        putBytes(b, id);
        return b.array();
    }

    public static byte[] refused(String reason) {
        byte[] r = utf8(reason);
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 4 + r.length);
        b.putInt(b.capacity() - 4).put((byte) REFUSED);
        putBytes(b, r);
        return b.array();
    }

    /** Bytes a COMMAND frame takes, length prefix included. */
    public static int commandSize(byte[] command) {
        return 4 + 1 + 8 + 4 + command.length;
    }

    public static void putCommand(ByteBuffer b, long requestId, byte[] command) {
        b.putInt(1 + 8 + 4 + command.length).put((byte) COMMAND).putLong(requestId);
        putBytes(b, command);
    }

    /** Bytes a RESULT frame takes, length prefix included; the strings are given already encoded (null allowed). */
    public static int resultSize(byte[] value, byte[] error, byte[] leader) {
        return 4 + 1 + 8 + 1 + 8 + stringSize(value) + stringSize(error) + stringSize(leader);
    }

    public static void putResult(ByteBuffer b, long requestId, Status status, long index, byte[] value, byte[] error,
                                 byte[] leader) {
        b.putInt(resultSize(value, error, leader) - 4).put((byte) RESULT).putLong(requestId).put((byte) status.ordinal())
                .putLong(index);
        putBytes(b, value);
        putBytes(b, error);
        putBytes(b, leader);
    }

    // ---------------------------------------------------------------- decoding

    /**
     * The length of the frame starting at {@code b}'s position, or -1 if its 4-byte prefix has not arrived yet.
     *
     * @throws ProtocolException if the length is out of range
     */
    public static int frameLength(ByteBuffer b) throws ProtocolException {
        if (b.remaining() < 4) return -1;
        int n = b.getInt(b.position());
        if (n < 1 || n > MAX_FRAME_BYTES) {
            throw new ProtocolException("frame length " + n + " is outside 1.." + MAX_FRAME_BYTES + ".");
        }
        return n;
    }

    /** Reads a HELLO payload (after its type byte) and returns the token. */
    public static String readHello(ByteBuffer payload) throws ProtocolException {
        try {
            byte[] magic = new byte[MAGIC.length];
            payload.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new ProtocolException("the first frame is not a client hello.");
            int version = Short.toUnsignedInt(payload.getShort());
            if (version != VERSION) {
                throw new ProtocolException("the client speaks protocol version " + version + " but this node speaks "
                        + VERSION + ".");
            }
            String token = readString(payload);
            expectEnd(payload);
            if (token == null) throw new ProtocolException("the hello carries no token.");
            return token;
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("the hello frame is truncated.");
        }
    }

    /** Reads a RESULT payload (after its type byte). */
    public static Result readResult(ByteBuffer payload) throws ProtocolException {
        try {
            long id = payload.getLong();
            Status status = Status.of(Byte.toUnsignedInt(payload.get()));
            long index = payload.getLong();
            Result r = new Result(id, status, index, readString(payload), readString(payload), readString(payload));
            expectEnd(payload);
            return r;
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("a result frame is truncated.");
        }
    }

    /** Reads a string (WELCOME's node id, REFUSED's reason, a COMMAND's text). */
    public static String readString(ByteBuffer b) throws ProtocolException {
        if (b.remaining() < 4) throw new ProtocolException("a string is truncated.");
        int n = b.getInt();
        if (n == -1) return null;
        if (n < 0 || n > b.remaining()) throw new ProtocolException("a string of " + n + " bytes does not fit in its frame.");
        String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }

    public static void expectEnd(ByteBuffer b) throws ProtocolException {
        if (b.hasRemaining()) throw new ProtocolException(b.remaining() + " unexpected bytes at the end of a frame.");
    }

    public static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int stringSize(byte[] s) {
        return 4 + (s == null ? 0 : s.length);
    }

    private static void putBytes(ByteBuffer b, byte[] s) {
        if (s == null) {
            b.putInt(-1);
        } else {
            b.putInt(s.length).put(s);
        }
    }
}
