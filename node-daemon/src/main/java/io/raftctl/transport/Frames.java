package io.raftctl.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A frame on the wire: a 4-byte big-endian payload length, then the payload. */
final class Frames {

    private Frames() {
    }

    /** Writes one frame; the caller flushes, so that a batch of frames goes out in one write. */
    static void write(OutputStream out, byte[] payload) throws IOException {
        int n = payload.length;
        out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.write(payload);
    }

    /**
     * Reads one frame of at most {@code maxBytes}.
     *
     * @return the payload, or null if the stream ended cleanly before the frame began
     * @throws MalformedFrameException on a length out of range or an end of stream inside the frame
     */
    static byte[] read(InputStream in, int maxBytes) throws IOException {
        int first = in.read();
        if (first < 0) return null;
        int length = first;
        for (int i = 0; i < 3; i++) {
            int b = in.read();
            if (b < 0) throw new MalformedFrameException("connection ended in the middle of a frame length.");
            length = (length << 8) | b;
        }
        if (length <= 0 || length > maxBytes) {
            throw new MalformedFrameException("frame length " + length + " is outside 1.." + maxBytes + ".");
        }
        // readNBytes grows its buffer as bytes arrive, so a peer announcing a large frame and sending
        // nothing costs no memory.
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) {
            throw new MalformedFrameException("connection ended after " + payload.length + " of " + length
                    + " frame bytes.");
        }
        return payload;
    }
}
