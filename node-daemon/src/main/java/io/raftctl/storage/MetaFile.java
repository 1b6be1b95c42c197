package io.raftctl.storage;

import io.raftctl.raft.HardState;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The node's term and vote, in the file {@code meta} (big-endian):
 * <pre>
 *   magic "RFTM" (4) | format version u32 | term u64 | votedFor length i32 (-1: no vote) | votedFor UTF-8
 *   | CRC32C of everything before it (u32)
 * </pre>
 * It is replaced atomically (write meta.tmp, fsync, rename, fsync the directory), so a crash leaves the old or
 * the new state. A damaged file is never reset: forgetting a vote could let the node vote twice in one term.
 */
final class MetaFile {

    static final int MAGIC = 0x5246544D; // "RFTM"
    static final int VERSION = 1;
    static final int MIN_BYTES = 24;
    private static final int NO_VOTE = -1;
    private static final String REFUSAL = "; refusing to start rather than forget the node's term and vote";

    private final StorageLayout layout;
    private final DiskIo disk;

    MetaFile(StorageLayout layout, DiskIo disk) {
        this.layout = layout;
        this.disk = disk;
    }

    /** The saved state ({@link HardState#INITIAL} if none was ever saved); removes a meta.tmp a crash left behind. */
    HardState recover() throws StorageException {
        // A leftover meta.tmp was never renamed, so it never counted: meta still holds the last saved state.
        if (disk.exists(layout.metaTmp())) disk.delete(layout.metaTmp());
        byte[] bytes;
        try {
            bytes = disk.readAll(layout.meta());
        } catch (NoSuchFileException e) {
            return HardState.INITIAL;
        } catch (IOException e) {
            throw DiskIo.failure("read", StorageLayout.describe(layout.meta()), e);
        }
        return decode(layout.meta(), bytes);
    }

    void write(HardState state) throws StorageException {
        disk.replaceAtomically(layout.metaTmp(), layout.meta(), encode(state));
    }

    static byte[] encode(HardState state) {
        byte[] vote = state.votedFor() == null ? new byte[0] : state.votedFor().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(MIN_BYTES + vote.length);
        b.putInt(MAGIC).putInt(VERSION).putLong(state.term())
                .putInt(state.votedFor() == null ? NO_VOTE : vote.length).put(vote);
        b.putInt(crc(b.array(), b.position()));
        return b.array();
    }

    static HardState decode(Path file, byte[] bytes) throws StorageException {
        String name = StorageLayout.describe(file);
        if (bytes.length < MIN_BYTES) {
            throw new StorageException(name + " is truncated (" + bytes.length + " bytes, at least " + MIN_BYTES + " expected)" + REFUSAL);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt(0) != MAGIC) throw new StorageException(name + " is corrupt (bad magic number)" + REFUSAL);
        int voteLength = b.getInt(16);
        long declaredBytes = MIN_BYTES + (long) Math.max(voteLength, 0);
        if (b.getInt(bytes.length - 4) != crc(bytes, bytes.length - 4)) {
            // A shorter file than its own length field promises was cut off; anything else is damage.
            if (voteLength >= NO_VOTE && declaredBytes > bytes.length) {
                throw new StorageException(name + " is truncated (" + bytes.length + " of " + declaredBytes + " bytes)" + REFUSAL);
            }
            throw new StorageException(name + " is corrupt (CRC mismatch)" + REFUSAL);
        }
        int version = b.getInt(4);
        if (version != VERSION) {
            throw new StorageException(name + " has format version " + version + " but this raftd reads only version " + VERSION + REFUSAL);
        }
        long term = b.getLong(8);
        if (term < 0 || voteLength < NO_VOTE || declaredBytes != bytes.length) {
            throw new StorageException(name + " is corrupt (inconsistent contents)" + REFUSAL);
        }
        String votedFor = voteLength == NO_VOTE ? null : new String(bytes, 20, voteLength, StandardCharsets.UTF_8);
        return new HardState(term, votedFor);
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
