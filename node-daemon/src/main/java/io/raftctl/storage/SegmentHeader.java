package io.raftctl.storage;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The header at the start of every segment file (big-endian):
 * <pre>
 *   magic "RFTL" (4) | format version u32 | first index u64 | CRC32C of the preceding 16 bytes (u32)      20 bytes
 *   version 2 only:  two watermark slots, each  synced index u64 | sequence u32 | CRC32C of both (u32)   2 x 16 bytes
 * </pre>
 * The fixed part is written once, atomically, when the segment is created. The watermark is the highest log index
 * known to be durable; every save that appends to or cuts the segment rewrites the older slot (a higher sequence)
 * in the same fsync as its records, with the index that was durable before the save began. A torn slot write leaves
 * the other slot, and an older, lower watermark: damage never looks like corruption because of a half-written slot.
 * Version 1 segments (20 bytes, no watermark) are still read.
 */
final class SegmentHeader {

    static final int MAGIC = 0x5246544C; // "RFTL"
    static final int VERSION = 2;
    static final int V1 = 1;
    static final int V1_BYTES = 20;
    static final int SLOT_BYTES = 16;
    /** The header of a segment written now (version 2): where its first record starts. */
    static final int BYTES = V1_BYTES + 2 * SLOT_BYTES;
    private static final int CHECKED_BYTES = 16;

    private SegmentHeader() {
    }

    /**
     * A decoded header: the first index, or why the header is unusable; its size (where records start); and the
     * watermark of its newest intact slot (-1 for version 1 or when neither slot is intact) and that slot's sequence.
     */
    record Decoded(long firstIndex, String problem, boolean unsupportedVersion, int bytes, long watermark, long sequence) {
        boolean ok() {
            return problem == null;
        }
    }

    /** A version-2 header whose first slot says {@code watermark} is durable. */
    static byte[] encode(long firstIndex, long watermark) {
        ByteBuffer b = ByteBuffer.allocate(BYTES);
        b.putInt(MAGIC).putInt(VERSION).putLong(firstIndex);
        b.putInt(crc(b.array(), 0, CHECKED_BYTES));
        b.put(slot(watermark, 1));
        b.put(new byte[SLOT_BYTES]);
        return b.array();
    }

    /** The bytes of a watermark slot. */
    static byte[] slot(long watermark, long sequence) {
        ByteBuffer b = ByteBuffer.allocate(SLOT_BYTES);
        b.putLong(watermark).putInt((int) sequence);
        b.putInt(crc(b.array(), 0, 12));
        return b.array();
    }

    /** Where the slot that a save with {@code sequence} writes lies in the file. */
    static long slotOffset(long sequence) {
        return V1_BYTES + (sequence % 2) * SLOT_BYTES;
    }

    static Decoded decode(byte[] file) {
        if (file.length < V1_BYTES) return bad("it is shorter than the " + V1_BYTES + "-byte segment header");
        ByteBuffer b = ByteBuffer.wrap(file);
        if (b.getInt(0) != MAGIC) return bad("bad magic number in the segment header");
        if (b.getInt(CHECKED_BYTES) != crc(file, 0, CHECKED_BYTES)) return bad("segment header CRC mismatch");
        int version = b.getInt(4);
        if (version != VERSION && version != V1) {
            return new Decoded(0, "format version " + version + " is not a supported version (" + V1 + " or " + VERSION + ")", true, 0, -1, 0);
        }
        long firstIndex = b.getLong(8);
        if (firstIndex < 1) return bad("the segment header gives first index " + firstIndex);
        if (version == V1) return new Decoded(firstIndex, null, false, V1_BYTES, -1, 0);
        if (file.length < BYTES) return bad("it is shorter than the " + BYTES + "-byte segment header");
        long watermark = -1;
        long sequence = 0;
        for (int s = 0; s < 2; s++) {
            int at = V1_BYTES + s * SLOT_BYTES;
            if (b.getInt(at + 12) != crc(file, at, 12)) continue;
            long seq = Integer.toUnsignedLong(b.getInt(at + 8));
            if (seq == 0) continue;
            if (seq > sequence) {
                sequence = seq;
                watermark = b.getLong(at);
            }
        }
        return new Decoded(firstIndex, null, false, BYTES, watermark, sequence);
    }

    private static Decoded bad(String problem) {
        return new Decoded(0, problem, false, 0, -1, 0);
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }
}
