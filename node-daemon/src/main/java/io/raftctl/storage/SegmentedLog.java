package io.raftctl.storage;

import io.raftctl.raft.Entry;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The log as a run of segment files, plus every entry in memory. Appends are buffered and forced once per call;
 * a conflicting suffix is cut by truncating one file and deleting the later ones, never by rewriting.
 * The last segment is the active one and the only one with an open channel.
 */
final class SegmentedLog implements AutoCloseable {

    private final StorageLayout layout;
    private final DiskIo disk;
    private final long segmentBytes;
    private final List<Segment> segments;
    private final ArrayList<Entry> entries;
    private FileSystem.Handle activeChannel;
    /** The highest index known durable: what the next watermark slot write records. */
    private long synced;
    /** The watermark the active segment's header holds; -1 if unknown. */
    private long activeWatermark = -1;

    private SegmentedLog(StorageLayout layout, DiskIo disk, long segmentBytes, List<Segment> segments, List<Entry> entries) {
        this.layout = layout;
        this.disk = disk;
        this.segmentBytes = segmentBytes;
        this.segments = new ArrayList<>(segments);
        this.entries = new ArrayList<>(entries);
    }

    /**
     * Takes over a recovered log, all of it durable; an empty one gets its first segment. A watermark above the
     * recovered log (a repair cut below it) is lowered at once, so that a crash in the next save cannot look like
     * corruption.
     */
    static SegmentedLog open(StorageLayout layout, DiskIo disk, long segmentBytes, List<Segment> recovered,
                             List<Entry> entries, long recoveredWatermark) throws StorageException {
        SegmentedLog log = new SegmentedLog(layout, disk, segmentBytes, recovered, entries);
        log.synced = entries.size();
        if (log.segments.isEmpty()) {
            log.segments.add(log.createSegment(1));
        } else {
            log.activeChannel = disk.openForWrite(log.active().file());
            if (recoveredWatermark > log.synced) {
                log.writeWatermark();
                disk.force(log.activeChannel, log.active().file());
            }
        }
        return log;
    }

    /**
     * Records in the active segment's header that everything up to {@link #synced} is durable, in the next slot;
     * the save's own fsync makes it durable with the records (no fsync of its own).
     */
    private void writeWatermark() throws StorageException {
        Segment segment = active();
        if (!segment.hasWatermark() || activeWatermark == synced) return;
        long sequence = segment.nextWatermarkSequence();
        disk.write(activeChannel, segment.file(), ByteBuffer.wrap(SegmentHeader.slot(synced, sequence)), SegmentHeader.slotOffset(sequence));
        activeWatermark = synced;
    }

    /** Every segment file, oldest first. */
    List<java.nio.file.Path> files() {
        return segments.stream().map(Segment::file).toList();
    }

    long lastIndex() {
        return entries.size();
    }

    Entry entry(long index) {
        if (index < 1 || index > lastIndex())
            throw new IndexOutOfBoundsException("no entry at index " + index + " (last is " + lastIndex() + ")");
        return entries.get((int) (index - 1));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    int segmentCount() {
        return segments.size();
    }

    /**
     * Makes the log its first {@code from - 1} entries followed by {@code batch}, durable on return (with fsync
     * on). The entries in memory change only once the disk has; after a failure the caller must stop writing.
     */
    void replaceFrom(long from, List<Entry> batch) throws StorageException {
        if (from <= lastIndex()) cutFrom(from);
        append(batch);
        entries.subList((int) (from - 1), entries.size()).clear();
        entries.addAll(batch);
    }

    /** Drops the entries from {@code from} on, durably, before anything new is written after them. */
    private void cutFrom(long from) throws StorageException {
        int holder = segmentHolding(from);
        if (holder < segments.size() - 1) {
            disk.closeQuietly(activeChannel, active().file());
            activeChannel = null;
            // Newest first, so that a crash part-way still leaves a log without gaps.
            for (int i = segments.size() - 1; i > holder; i--) {
                disk.delete(segments.remove(i).file());
            }
            // The deletions must be durable before the truncation, or a crash could bring back later segments
            // that no longer follow on from the truncated one.
            disk.syncDirectory(layout.logDir());
            activeChannel = disk.openForWrite(active().file());
            activeWatermark = -1;
        }
        Segment segment = active();
        segment.cutAt(from);
        synced = Math.min(synced, from - 1);
        writeWatermark();
        disk.truncate(activeChannel, segment.file(), segment.end());
        // An extra fsync, only on conflicts: without it a crash could leave new records in front of old bytes
        // the truncation had not durably removed yet.
        disk.force(activeChannel, segment.file());
    }

    private void append(List<Entry> batch) throws StorageException {
        if (batch.isEmpty()) return;
        writeWatermark();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        for (Entry entry : batch) {
            byte[] record = RecordCodec.encode(entry);
            if (active().recordCount() > 0 && active().end() + record.length > segmentBytes) {
                write(pending);
                roll(entry.index());
            }
            active().addRecord(record.length);
            pending.writeBytes(record);
        }
        write(pending);
        disk.force(activeChannel, active().file());
        synced = batch.get(batch.size() - 1).index();
    }

    /** Writes the buffered records, which the active segment already counts, at its end. */
    private void write(ByteArrayOutputStream pending) throws StorageException {
        if (pending.size() == 0) return;
        Segment segment = active();
        disk.write(activeChannel, segment.file(), ByteBuffer.wrap(pending.toByteArray()), segment.end() - pending.size());
        pending.reset();
    }

    private void roll(long firstIndex) throws StorageException {
        // The full segment must be durable before a later one exists: recovery treats damage anywhere but at the
        // end of the last segment as corruption.
        disk.force(activeChannel, active().file());
        synced = firstIndex - 1;
        disk.closeQuietly(activeChannel, active().file());
        activeChannel = null;
        segments.add(createSegment(firstIndex));
    }

    /** Creates a segment file holding only its header (atomically, so no file ever has a torn header) and opens it. */
    private Segment createSegment(long firstIndex) throws StorageException {
        Segment segment = new Segment(layout.segment(firstIndex), firstIndex);
        disk.replaceAtomically(layout.segmentTmp(firstIndex), segment.file(), SegmentHeader.encode(firstIndex, synced));
        activeChannel = disk.openForWrite(segment.file());
        activeWatermark = synced;
        return segment;
    }

    /** The position in {@code segments} of the segment holding {@code index}, which must be in the log. */
    private int segmentHolding(long index) {
        int lo = 0;
        int hi = segments.size() - 1;
        // Last segment whose first index is <= index: only that one can hold it.
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).firstIndex() <= index) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private Segment active() {
        return segments.get(segments.size() - 1);
    }

    @Override
    public void close() {
        if (activeChannel == null) return;
        disk.closeQuietly(activeChannel, active().file());
        activeChannel = null;
    }
}
