package io.raftctl.storage;

import io.raftctl.raft.Entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** On-disk helpers for tests outside this package that damage a real raftd's storage directory. */
public final class OnDisk {

    private OnDisk() {
    }

    /** The segment file the log appends to: the one with the highest first index. */
    public static Path lastSegment(Path storageDir) throws IOException {
        try (Stream<Path> files = Files.list(storageDir.resolve(StorageLayout.LOG_DIR))) {
            return files.filter(f -> StorageLayout.firstIndexFromName(f) >= 0)
                    .max(java.util.Comparator.comparingLong(StorageLayout::firstIndexFromName)).orElseThrow();
        }
    }

    public static Path metaFile(Path storageDir) {
        return new StorageLayout(storageDir).meta();
    }

    /** Byte offsets of the intact records of a segment, in order. */
    public static List<Long> recordOffsets(Path segment) throws IOException {
        byte[] data = Files.readAllBytes(segment);
        List<Long> offsets = new ArrayList<>();
        int offset = SegmentHeader.BYTES;
        while (offset < data.length) {
            RecordCodec.Decoded record = RecordCodec.decode(data, offset, data.length);
            if (!record.ok()) break;
            offsets.add((long) offset);
            offset += record.size();
        }
        return offsets;
    }

    /** The bytes a record of a command entry takes in a segment. */
    public static byte[] commandRecord(long index, long term, String command) {
        return RecordCodec.encode(Entry.command(index, term, command));
    }
}
