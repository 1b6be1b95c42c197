package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.storage.SegmentScan.Problem;
import io.raftctl.storage.SegmentScan.ProblemKind;
import io.raftctl.util.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the log segments in order on open and decides what to do with damage, by the durable watermark (the
 * highest index known synced, kept in the segment headers, see {@link SegmentHeader}):
 * <ul>
 *   <li>damage to a record beyond the watermark is a write cut short by a crash (a torn tail, or a later page of
 *       the last batch that reached the disk while an earlier one did not): the log is cut there with a warning,
 *       dropping every record after it; if intact records were dropped, the report says so
 *       ({@link RecoveryReport#catchUpReason()}): the node may have acknowledged them;</li>
 *   <li>damage at or below the watermark is corruption of data that was synced: the open is refused, naming the
 *       file and the byte offset, unless repair is on, which cuts the log at the damage;</li>
 *   <li>a log with no watermark (version-1 segments) keeps the old rule: a damaged record in the last segment with
 *       nothing intact after it is a torn tail, anything else corruption.</li>
 * </ul>
 */
final class LogRecovery {

    private static final Log LOG = Log.get("storage");

    /** The recovered log and what recovery dropped. */
    record Result(List<Segment> segments, List<Entry> entries, long tornTailBytes, boolean repaired,
                  long repairDroppedBytes, long repairDroppedRecords, String corruption, long watermark, String catchUp) {
    }

    private final StorageLayout layout;
    private final DiskIo disk;
    private final boolean repair;

    private final List<Segment> segments = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private long watermark = -1;

    private LogRecovery(StorageLayout layout, DiskIo disk, boolean repair) {
        this.layout = layout;
        this.disk = disk;
        this.repair = repair;
    }

    static Result recover(StorageLayout layout, DiskIo disk, boolean repair) throws StorageException {
        return new LogRecovery(layout, disk, repair).run();
    }

    private Result run() throws StorageException {
        List<Path> files = segmentFiles();
        for (Path file : files) {
            watermark = Math.max(watermark, SegmentHeader.decode(disk.read(file, 0, SegmentHeader.BYTES)).watermark());
        }
        long next = 1;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            byte[] data = read(file);
            SegmentScan scan = SegmentScan.scan(file, data, StorageLayout.firstIndexFromName(file), next);
            if (scan.segment() != null) {
                segments.add(scan.segment());
                entries.addAll(scan.entries());
                next = scan.segment().lastIndex() + 1;
            }
            Problem problem = scan.problem();
            if (problem == null) continue;

            boolean lastFile = i == files.size() - 1;
            if (problem.kind() == ProblemKind.UNSUPPORTED_VERSION) {
                throw new StorageException(StorageLayout.describe(file) + " cannot be read (" + problem.reason() + "), so it was probably written by a newer raftd");
            }
            boolean recordDamage = scan.segment() != null;
            if (recordDamage && watermark >= 0 && next > watermark) {
                return cutBeyondWatermark(files, i, data, problem, next);
            }
            if (watermark < 0 && problem.kind() == ProblemKind.DAMAGED_RECORD && lastFile && !hasIntactRecordAfter(data, problem.offset(), next)) {
                return cutTornTail(file, data.length, problem, next);
            }
            String corruption = StorageLayout.describe(file) + " is corrupt at byte offset " + problem.offset() + " (" + problem.reason() + ")";
            if (!repair) throw new StorageException(corruption + "; start with --repair to truncate the log there");
            return repairAt(files, i, data, scan, corruption, next);
        }
        return new Result(segments, entries, 0, false, 0, 0, null, watermark, null);
    }

    /**
     * Cuts the log at damage beyond the watermark: a crash interrupted the last batch. The rest of this segment
     * and every later one go.
     */
    private Result cutBeyondWatermark(List<Path> files, int i, byte[] data, Problem problem, long next) throws StorageException {
        Path file = files.get(i);
        List<Path> later = files.subList(i + 1, files.size());
        long maxIndex = next + (data.length - problem.offset()) / RecordCodec.MIN_RECORD_BYTES;
        long droppedRecords = countIntactRecords(data, problem.offset() + 1, maxIndex);
        if (later.isEmpty() && droppedRecords == 0) return cutTornTail(file, data.length, problem, next);
        long droppedBytes = data.length - problem.offset();
        for (Path f : later) {
            droppedBytes += sizeOf(f);
            droppedRecords += countIntactRecords(read(f), 0, Long.MAX_VALUE);
        }
        for (int j = files.size() - 1; j > i; j--) disk.delete(files.get(j));
        if (!later.isEmpty()) disk.syncDirectory(layout.logDir());
        truncate(file, problem.offset());
        LOG.warn("{} is damaged at byte offset {} ({}), beyond index {}, the last known durable: a write cut short by a"
                        + " crash; dropped {} records ({} bytes) after it, so the log now ends at index {}",
                StorageLayout.describe(file), problem.offset(), problem.reason(), watermark, droppedRecords, droppedBytes, next - 1);
        String catchUp = droppedRecords == 0 ? null
                : "dropped " + droppedRecords + " records at offset " + problem.offset() + " of segment " + file.getFileName();
        return new Result(segments, entries, droppedBytes, false, 0, 0, null, watermark, catchUp);
    }

    /** The segment files in index order; leftovers of an interrupted segment creation are removed. */
    private List<Path> segmentFiles() throws StorageException {
        List<Path> found = new ArrayList<>();
        boolean removedLeftovers = false;
        for (Path file : disk.list(layout.logDir())) {
            if (StorageLayout.isLeftoverSegmentTmp(file)) {
                disk.delete(file);
                removedLeftovers = true;
            } else if (StorageLayout.firstIndexFromName(file) >= 0) {
                found.add(file);
            }
        }
        if (removedLeftovers) disk.syncDirectory(layout.logDir());
        found.sort(Comparator.comparingLong(StorageLayout::firstIndexFromName));
        return found;
    }

    private byte[] read(Path file) throws StorageException {
        try {
            long size = disk.size(file);
            if (size > Integer.MAX_VALUE - 16)
                throw new StorageException(StorageLayout.describe(file) + " is too large (" + size + " bytes) to be a raftd log segment");
            return disk.readAll(file);
        } catch (IOException e) {
            throw DiskIo.failure("read", StorageLayout.describe(file), e);
        }
    }

    /** True if an intact record follows the damage: then it is not a torn final write but corruption. */
    private static boolean hasIntactRecordAfter(byte[] data, int offset, long next) {
        long maxIndex = next + (data.length - offset) / RecordCodec.MIN_RECORD_BYTES;
        return RecordCodec.findIntactRecord(data, offset + 1, data.length, next, maxIndex) >= 0;
    }

    private Result cutTornTail(Path file, int fileLength, Problem problem, long next) throws StorageException {
        long dropped = fileLength - problem.offset();
        truncate(file, problem.offset());
        LOG.warn("{} ended with an interrupted write ({}): dropped {} bytes at byte offset {}; the log is intact up to index {}",
                StorageLayout.describe(file), problem.reason(), dropped, problem.offset(), next - 1);
        return new Result(segments, entries, dropped, false, 0, 0, null, watermark, null);
    }

    /** Cuts the log at the corruption: the rest of this segment and every later one go. */
    private Result repairAt(List<Path> files, int i, byte[] data, SegmentScan scan, String corruption, long next)
            throws StorageException {
        Problem problem = scan.problem();
        List<Path> later = files.subList(i + 1, files.size());
        long droppedBytes = data.length - problem.offset();
        for (Path file : later) droppedBytes += sizeOf(file);

        // Only for the report: how many records the cut loses, counting every intact one found in what goes.
        long maxIndex = next + droppedBytes / RecordCodec.MIN_RECORD_BYTES;
        long droppedRecords = problem.kind() == ProblemKind.DAMAGED_RECORD ? 1 : 0;
        droppedRecords += countIntactRecords(data, problem.offset(), maxIndex);
        for (Path file : later) droppedRecords += countIntactRecords(read(file), 0, maxIndex);

        // Newest first, so that a crash part-way still leaves a log without gaps.
        for (int j = files.size() - 1; j > i; j--) disk.delete(files.get(j));
        boolean headerUnusable = scan.segment() == null;
        if (headerUnusable) disk.delete(files.get(i));
        if (!later.isEmpty() || headerUnusable) disk.syncDirectory(layout.logDir());
        if (!headerUnusable) truncate(files.get(i), problem.offset());

        LOG.warn("repair: {}; cut the log there, dropping {} records ({} bytes), so it now ends at index {}",
                corruption, droppedRecords, droppedBytes, next - 1);
        String catchUp = "repair dropped " + droppedRecords + " records at offset " + problem.offset() + " of segment "
                + files.get(i).getFileName();
        return new Result(segments, entries, 0, true, droppedBytes, droppedRecords, corruption, watermark, catchUp);
    }

    private static long countIntactRecords(byte[] data, int from, long maxIndex) {
        long count = 0;
        int at = RecordCodec.findIntactRecord(data, from, data.length, 1, maxIndex);
        while (at >= 0) {
            count++;
            at = RecordCodec.findIntactRecord(data, at + RecordCodec.decode(data, at, data.length).size(), data.length, 1, maxIndex);
        }
        return count;
    }

    private long sizeOf(Path file) throws StorageException {
        return disk.size(file);
    }

    private void truncate(Path file, long length) throws StorageException {
        FileSystem.Handle channel = disk.openForWrite(file);
        try {
            disk.truncate(channel, file, length);
            disk.force(channel, file);
        } finally {
            disk.closeQuietly(channel, file);
        }
    }
}
