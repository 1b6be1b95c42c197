package io.raftctl.storage;

/**
 * How {@link NodeStorage} writes and recovers.
 *
 * @param fsync        force every save to stable storage before it returns. Turning this off is UNSAFE: a crash
 *                     or power loss can then lose entries and votes the node already promised to others. It is
 *                     only meant for experiments where speed matters more than durability.
 * @param repair       on open, truncate the log at the first corrupt record (losing it and everything after it)
 *                     instead of refusing to start
 * @param segmentBytes size after which the log moves on to a new segment file
 */
public record StorageOptions(boolean fsync, boolean repair, long segmentBytes) {

    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    /** Keeps every segment small enough to be read into one array during recovery. */
    public static final long MAX_SEGMENT_BYTES = 1L << 30;

    public StorageOptions {
        if (segmentBytes < 1 || segmentBytes > MAX_SEGMENT_BYTES)
            throw new IllegalArgumentException("segmentBytes must be in 1.." + MAX_SEGMENT_BYTES + ", was " + segmentBytes);
    }

    /** fsync on, repair off, 64 MiB segments. */
    public static StorageOptions defaults() {
        return new StorageOptions(true, false, DEFAULT_SEGMENT_BYTES);
    }

    public StorageOptions withFsync(boolean fsync) {
        return new StorageOptions(fsync, repair, segmentBytes);
    }

    public StorageOptions withRepair(boolean repair) {
        return new StorageOptions(fsync, repair, segmentBytes);
    }

    public StorageOptions withSegmentBytes(long segmentBytes) {
        return new StorageOptions(fsync, repair, segmentBytes);
    }
}
