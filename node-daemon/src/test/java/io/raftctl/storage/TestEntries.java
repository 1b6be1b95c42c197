package io.raftctl.storage;

import io.raftctl.raft.Entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Entries and on-disk helpers shared by the storage tests. */
final class TestEntries {

    private TestEntries() {
    }

    /** Commands "cmd-<index>" at indexes from..to (inclusive), all in {@code term}. */
    static List<Entry> commands(long from, long to, long term) {
        List<Entry> out = new ArrayList<>();
        for (long i = from; i <= to; i++) out.add(Entry.command(i, term, "cmd-" + i));
        return out;
    }

    static List<Entry> concat(List<Entry> a, List<Entry> b) {
        List<Entry> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Byte offset of the record for index {@code index} in a single segment holding {@code entries} from its start. */
    static long offsetInSegment(List<Entry> entries, long index) {
        long offset = SegmentHeader.BYTES;
        for (Entry e : entries) {
            if (e.index() == index) return offset;
            offset += RecordCodec.encodedSize(e);
        }
        throw new IllegalArgumentException("no entry " + index);
    }

    static List<Path> segmentFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("log"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".seg")).sorted().toList();
        }
    }

    /** How many intact records a segment file holds, walking them from the header on. */
    static int recordCount(Path segment) throws IOException {
        byte[] data = Files.readAllBytes(segment);
        int count = 0;
        int offset = SegmentHeader.BYTES;
        while (offset < data.length) {
            RecordCodec.Decoded record = RecordCodec.decode(data, offset, data.length);
            if (!record.ok()) throw new AssertionError("damaged record at " + offset + " of " + segment);
            count++;
            offset += record.size();
        }
        return count;
    }

    static Path firstSegment(Path dir) {
        return dir.resolve("log").resolve("00000000000000000001.seg");
    }

    static void flipBit(Path file, long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) offset] ^= 0x10;
        Files.write(file, bytes);
    }

    static void chop(Path file, int bytesToRemove) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - bytesToRemove));
    }
}
