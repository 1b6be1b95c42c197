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
 * Reads the log segments in order on open and decides what to do with damage:
 * <ul>
 *   <li>a torn tail (a damaged record in the last segment with nothing intact after it: an interrupted final
 *       write) is cut off with a warning; every intact record before it is kept;</li>
 *   <li>any other damage refuses the open, unless repair is on, which cuts the log at the damage.</li>
 * </ul>
 */
final class LogRecovery {

    private static final Log LOG = Log.get("storage");

    /** The recovered log and what recovery dropped. */
    record Result(List<Segment> segments, List<Entry> entries, long tornTailBytes, boolean repaired,
                  long repairDroppedBytes, long repairDroppedRecords, String corruption) {
    }

    private final StorageLayout layout;
    private final DiskIo disk;
    private final boolean repair;

    private final List<Segment> segments = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

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
            if (problem.kind() == ProblemKind.DAMAGED_RECORD && lastFile && !hasIntactRecordAfter(data, problem.offset(), next)) {
                return cutTornTail(file, data.length, problem, next);
            }
            if (problem.kind() == ProblemKind.UNSUPPORTED_VERSION) {
                throw new StorageException(StorageLayout.describe(file) + " cannot be read (" + problem.reason() + "), so it was probably written by a newer raftd");
            }
            String corruption = StorageLayout.describe(file) + " is corrupt at byte offset " + problem.offset() + " (" + problem.reason() + ")";
            if (!repair) throw new StorageException(corruption + "; start with --repair to truncate the log there");
            return repairAt(files, i, data, scan, corruption, next);
        }
        return new Result(segments, entries, 0, false, 0, 0, null);
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
        return new Result(segments, entries, dropped, false, 0, 0, null);
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
        return new Result(segments, entries, 0, true, droppedBytes, droppedRecords, corruption);
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
