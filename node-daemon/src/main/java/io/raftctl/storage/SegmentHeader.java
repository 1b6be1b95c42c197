package io.raftctl.storage;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The fixed 20-byte header at the start of every segment file (big-endian):
 * magic "RFTL" (4), format version (u32), first index (u64), CRC32C of the preceding 16 bytes (u32).
 */
final class SegmentHeader {

    static final int MAGIC = 0x5246544C; // "RFTL"
    static final int VERSION = 1;
    static final int BYTES = 20;
    private static final int CHECKED_BYTES = 16;

    private SegmentHeader() {
    }

    /** A decoded header: the first index, or why the header is unusable. */
    record Decoded(long firstIndex, String problem, boolean unsupportedVersion) {
        boolean ok() {
            return problem == null;
        }
    }

    static byte[] encode(long firstIndex) {
        ByteBuffer b = ByteBuffer.allocate(BYTES);
        b.putInt(MAGIC).putInt(VERSION).putLong(firstIndex);
        b.putInt(crc(b.array()));
        return b.array();
    }

    static Decoded decode(byte[] file) {
        if (file.length < BYTES) return bad("it is shorter than the " + BYTES + "-byte segment header");
        ByteBuffer b = ByteBuffer.wrap(file);
        if (b.getInt(0) != MAGIC) return bad("bad magic number in the segment header");
        if (b.getInt(CHECKED_BYTES) != crc(file)) return bad("segment header CRC mismatch");
        int version = b.getInt(4);
        if (version != VERSION) return new Decoded(0, "format version " + version + " is not the supported version " + VERSION, true);
        long firstIndex = b.getLong(8);
        if (firstIndex < 1) return bad("the segment header gives first index " + firstIndex);
        return new Decoded(firstIndex, null, false);
    }

    private static Decoded bad(String problem) {
        return new Decoded(0, problem, false);
    }

    private static int crc(byte[] header) {
        CRC32C crc = new CRC32C();
        crc.update(header, 0, CHECKED_BYTES);
        return (int) crc.getValue();
    }
}
