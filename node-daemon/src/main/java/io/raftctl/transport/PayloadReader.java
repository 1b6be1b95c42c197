package io.raftctl.transport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link PayloadWriter} wrote, strictly: every read checks the remaining bytes first, so a
 * hostile length can never make it allocate more than the payload it already holds.
 */
final class PayloadReader {

    private final byte[] bytes;
    private int pos;

    PayloadReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int remaining() {
        return bytes.length - pos;
    }

    int readByte() throws MalformedFrameException {
        need(1, "a byte");
        return bytes[pos++] & 0xFF;
    }

    boolean readBoolean() throws MalformedFrameException {
        int b = readByte();
        if (b > 1) throw new MalformedFrameException("invalid boolean byte " + b + " in frame.");
        return b == 1;
    }

    int readShort() throws MalformedFrameException {
        need(2, "a short");
        int s = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
        pos += 2;
        return s;
    }

    int readInt() throws MalformedFrameException {
        need(4, "an int");
        int i = 0;
        for (int k = 0; k < 4; k++) i = (i << 8) | (bytes[pos++] & 0xFF);
        return i;
    }

    long readLong() throws MalformedFrameException {
        need(8, "a long");
        long l = 0;
        for (int k = 0; k < 8; k++) l = (l << 8) | (bytes[pos++] & 0xFF);
        return l;
    }

    byte[] readBytes(int count) throws MalformedFrameException {
        need(count, count + " bytes");
        byte[] out = new byte[count];
        System.arraycopy(bytes, pos, out, 0, count);
        pos += count;
        return out;
    }

    /** A length-prefixed string that must be valid UTF-8. */
    String readString() throws MalformedFrameException {
        int length = readInt();
        if (length < 0) throw new MalformedFrameException("negative string length " + length + " in frame.");
        need(length, "a string of " + length + " bytes");
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, pos, length))
                    .toString();
            pos += length;
            return s;
        } catch (CharacterCodingException e) {
            throw new MalformedFrameException("string in frame is not valid UTF-8.");
        }
    }

    void expectEnd() throws MalformedFrameException {
        if (remaining() != 0) throw new MalformedFrameException(remaining() + " unexpected trailing bytes in frame.");
    }

    private void need(int count, String what) throws MalformedFrameException {
        if (count < 0 || count > remaining()) {
            throw new MalformedFrameException("frame ends before " + what + " at offset " + pos + ".");
        }
    }
}
