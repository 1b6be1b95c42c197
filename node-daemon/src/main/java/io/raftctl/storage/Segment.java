package io.raftctl.storage;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where one segment file's records lie: its first index and the byte offset of every record, so that the log can
 * be cut at any index without reading the file again.
 */
final class Segment {

    private final Path file;
    private final long firstIndex;
    private long[] offsets = new long[64];
    private int count;
    private long end;
    private final boolean hasWatermark;
    /** The sequence of the watermark slot written last (0: none yet). */
    private long watermarkSequence;

    /** A segment of the current format (a header with watermark slots). */
    Segment(Path file, long firstIndex) {
        this(file, firstIndex, SegmentHeader.BYTES, true, 1);
    }

    Segment(Path file, long firstIndex, int headerBytes, boolean hasWatermark, long watermarkSequence) {
        this.file = file;
        this.firstIndex = firstIndex;
        this.end = headerBytes;
        this.hasWatermark = hasWatermark;
        this.watermarkSequence = watermarkSequence;
    }

    /** False for a version-1 segment, whose header has no watermark slots. */
    boolean hasWatermark() {
        return hasWatermark;
    }

    /** The sequence the next watermark slot write gets; advances it. */
    long nextWatermarkSequence() {
        return ++watermarkSequence;
    }

    Path file() {
        return file;
    }

    long firstIndex() {
        return firstIndex;
    }

    /** Index of the last record; firstIndex - 1 if the segment holds none. */
    long lastIndex() {
        return firstIndex + count - 1;
    }

    int recordCount() {
        return count;
    }

    /** Offset just past the last record: where the next one goes, and the file's valid length. */
    long end() {
        return end;
    }

    boolean contains(long index) {
        return index >= firstIndex && index <= lastIndex();
    }

    /** Records the next record, {@code size} bytes long, at the current end. */
    void addRecord(int size) {
        if (count == offsets.length) offsets = Arrays.copyOf(offsets, count * 2);
        offsets[count++] = end;
        end += size;
    }

    long offsetOf(long index) {
        if (!contains(index)) throw new IllegalArgumentException("segment " + file.getFileName() + " does not hold index " + index);
        return offsets[(int) (index - firstIndex)];
    }

    /** Forgets the record at {@code index} and every later one; the end moves back to where it started. */
    void cutAt(long index) {
        end = offsetOf(index);
        count = (int) (index - firstIndex);
    }
}
