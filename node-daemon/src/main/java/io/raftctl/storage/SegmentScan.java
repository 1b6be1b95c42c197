package io.raftctl.storage;

import io.raftctl.raft.Entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one segment file's bytes: checks the header and walks the records, keeping the intact ones with
 * consecutive indexes and stopping at the first that is not.
 */
final class SegmentScan {

    enum ProblemKind {
        /** Incomplete record, impossible length or bad CRC: what an interrupted write leaves behind. */
        DAMAGED_RECORD,
        /** Intact bytes that cannot be right (bad header, wrong first index, index gap): never a torn write. */
        INCONSISTENT,
        /** Written by a newer format: repair must not touch it. */
        UNSUPPORTED_VERSION
    }

    /** Why the scan stopped, at which byte offset of the file. */
    record Problem(int offset, String reason, ProblemKind kind) {
    }

    private final Segment segment;
    private final List<Entry> entries;
    private final Problem problem;
    private long watermark = -1;

    private SegmentScan(Segment segment, List<Entry> entries, Problem problem) {
        this.segment = segment;
        this.entries = entries;
        this.problem = problem;
    }

    /** The watermark the header's newest intact slot holds, or -1 (version 1, or no intact slot). */
    long watermark() {
        return watermark;
    }

    /** The intact records found, as a segment; null if the header is unusable. */
    Segment segment() {
        return segment;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Null if the whole file is intact. */
    Problem problem() {
        return problem;
    }

    /**
     * @param nameIndex     the first index the file name promises
     * @param expectedIndex the index the log needs next: the segment must start there
     */
    static SegmentScan scan(Path file, byte[] data, long nameIndex, long expectedIndex) {
        SegmentHeader.Decoded header = SegmentHeader.decode(data);
        if (!header.ok()) {
            return unusable(header.problem(), header.unsupportedVersion() ? ProblemKind.UNSUPPORTED_VERSION : ProblemKind.INCONSISTENT);
        }
        if (header.firstIndex() != nameIndex) {
            return unusable("its header gives first index " + header.firstIndex() + " but its name says " + nameIndex, ProblemKind.INCONSISTENT);
        }
        if (header.firstIndex() != expectedIndex) {
            return unusable("it starts at index " + header.firstIndex() + " but the log before it ends at index " + (expectedIndex - 1), ProblemKind.INCONSISTENT);
        }

        Segment segment = new Segment(file, header.firstIndex(), header.bytes(), header.bytes() == SegmentHeader.BYTES, header.sequence());
        List<Entry> entries = new ArrayList<>();
        int offset = header.bytes();
        while (offset < data.length) {
            RecordCodec.Decoded record = RecordCodec.decode(data, offset, data.length);
            if (!record.ok()) {
                ProblemKind kind = record.damaged() ? ProblemKind.DAMAGED_RECORD : ProblemKind.INCONSISTENT;
                return withWatermark(new SegmentScan(segment, entries, new Problem(offset, record.problem(), kind)), header);
            }
            long next = segment.lastIndex() + 1;
            if (record.entry().index() != next) {
                Problem gap = new Problem(offset, "record has index " + record.entry().index() + " where " + next + " was expected", ProblemKind.INCONSISTENT);
                return withWatermark(new SegmentScan(segment, entries, gap), header);
            }
            segment.addRecord(record.size());
            entries.add(record.entry());
            offset += record.size();
        }
        return withWatermark(new SegmentScan(segment, entries, null), header);
    }

    private static SegmentScan withWatermark(SegmentScan scan, SegmentHeader.Decoded header) {
        scan.watermark = header.watermark();
        return scan;
    }

    private static SegmentScan unusable(String reason, ProblemKind kind) {
        return new SegmentScan(null, List.of(), new Problem(0, reason, kind));
    }
}
