package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.EntryKind;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * One log record (big-endian):
 * <pre>
 *   length  u32   bytes after the CRC field: 17 + payload length
 *   crc     u32   CRC32C of those bytes
 *   term    u64
 *   index   u64
 *   kind    u8    EntryKind ordinal
 *   payload       the command, UTF-8
 * </pre>
 */
final class RecordCodec {

    static final int PREFIX_BYTES = 8;      // length + CRC
    static final int FIXED_BODY_BYTES = 17; // term + index + kind
    static final int MIN_RECORD_BYTES = PREFIX_BYTES + FIXED_BODY_BYTES;
    /** Far above any real command; a length beyond it can only be damage. */
    static final int MAX_PAYLOAD_BYTES = 64 << 20;
    private static final int MAX_BODY_BYTES = FIXED_BODY_BYTES + MAX_PAYLOAD_BYTES;
    private static final EntryKind[] KINDS = EntryKind.values();

    private RecordCodec() {
    }

    /**
     * The result of reading the record at an offset.
     *
     * @param entry   the entry, or null if the record is unusable
     * @param size    total bytes of the record (valid only with an entry)
     * @param problem why the record is unusable
     * @param damaged true if the bytes themselves are damaged (incomplete, bad length or CRC): what an interrupted
     *                write leaves; false if the record is intact but its content is impossible
     */
    record Decoded(Entry entry, int size, String problem, boolean damaged) {
        boolean ok() {
            return entry != null;
        }
    }

    static int payloadBytes(Entry e) {
        return e.command().getBytes(StandardCharsets.UTF_8).length;
    }

    static int encodedSize(Entry e) {
        return MIN_RECORD_BYTES + payloadBytes(e);
    }

    static byte[] encode(Entry e) {
        byte[] payload = e.command().getBytes(StandardCharsets.UTF_8);
        if (payload.length > MAX_PAYLOAD_BYTES)
            throw new IllegalArgumentException("entry " + e.index() + " has a " + payload.length + "-byte command, more than the " + MAX_PAYLOAD_BYTES + " allowed");
        ByteBuffer b = ByteBuffer.allocate(MIN_RECORD_BYTES + payload.length);
        b.putInt(FIXED_BODY_BYTES + payload.length).putInt(0)
                .putLong(e.term()).putLong(e.index()).put((byte) e.kind().ordinal()).put(payload);
        b.putInt(4, crc(b.array(), PREFIX_BYTES, b.capacity() - PREFIX_BYTES));
        return b.array();
    }

    /** Reads the record at {@code offset} of {@code data}, whose valid bytes end at {@code end}. */
    static Decoded decode(byte[] data, int offset, int end) {
        int available = end - offset;
        if (available < PREFIX_BYTES) return damaged("incomplete record: " + available + " bytes where a record needs at least " + MIN_RECORD_BYTES);
        ByteBuffer b = ByteBuffer.wrap(data);
        int length = b.getInt(offset);
        if (length < FIXED_BODY_BYTES || length > MAX_BODY_BYTES) return damaged("impossible record length " + Integer.toUnsignedString(length));
        if (length > available - PREFIX_BYTES) return damaged("incomplete record: " + available + " of " + (PREFIX_BYTES + length) + " bytes present");
        if (b.getInt(offset + 4) != crc(data, offset + PREFIX_BYTES, length)) return damaged("CRC mismatch");

        long term = b.getLong(offset + 8);
        long index = b.getLong(offset + 16);
        int kind = Byte.toUnsignedInt(b.get(offset + 24));
        if (term < 1 || index < 1) return impossible("record has term " + term + " and index " + index);
        if (kind >= KINDS.length) return impossible("record has unknown entry kind " + kind);
        String command = new String(data, offset + MIN_RECORD_BYTES, length - FIXED_BODY_BYTES, StandardCharsets.UTF_8);
        return new Decoded(new Entry(index, term, KINDS[kind], command), PREFIX_BYTES + length, null, false);
    }

    /**
     * The offset of the first intact record at or after {@code from} whose index lies in {@code minIndex..maxIndex},
     * or -1. Scans byte by byte, as after damage the record boundaries are unknown; the cheap length and index
     * checks come before the CRC so that garbage is skipped quickly.
     */
    static int findIntactRecord(byte[] data, int from, int end, long minIndex, long maxIndex) {
        ByteBuffer b = ByteBuffer.wrap(data);
        for (int p = Math.max(from, 0); p <= end - MIN_RECORD_BYTES; p++) {
            int length = b.getInt(p);
            if (length < FIXED_BODY_BYTES || length > end - p - PREFIX_BYTES) continue;
            long index = b.getLong(p + 16);
            if (index < minIndex || index > maxIndex) continue;
            if (decode(data, p, end).ok()) return p;
        }
        return -1;
    }

    private static Decoded damaged(String problem) {
        return new Decoded(null, 0, problem, true);
    }

    private static Decoded impossible(String problem) {
        return new Decoded(null, 0, problem, false);
    }

    private static int crc(byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }
}
