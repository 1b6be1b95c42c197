package io.raftctl.storage;

import io.raftctl.raft.HardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentRollTest {

    private static final long SEGMENT_BYTES = 200;

    @TempDir
    Path dir;

    @Test
    void logRollsIntoManySegmentsThatReopenAsOneLog() throws Exception {
        StorageOptions options = StorageOptions.defaults().withSegmentBytes(SEGMENT_BYTES);
        try (NodeStorage storage = NodeStorage.open(dir, options)) {
            storage.save(new HardState(1, null), 1, commands(1, 40, 1));
            for (long i = 41; i <= 100; i++) storage.save(null, i, commands(i, i, 1));
        }

        List<Path> segments = TestEntries.segmentFiles(dir);
        assertThat(segments).hasSizeGreaterThan(10);
        long expectedFirst = 1;
        for (Path segment : segments) {
            assertThat(Files.size(segment)).isLessThanOrEqualTo(SEGMENT_BYTES);
            ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(segment));
            assertThat(header.getInt(0)).isEqualTo(SegmentHeader.MAGIC);
            assertThat(header.getInt(4)).isEqualTo(SegmentHeader.VERSION);
            assertThat(header.getLong(8)).isEqualTo(expectedFirst);
            assertThat(segment.getFileName().toString()).isEqualTo(String.format("%020d.seg", expectedFirst));
            expectedFirst += TestEntries.recordCount(segment);
        }
        assertThat(dir.resolve("log")).isDirectoryNotContaining("glob:**.tmp");

        try (NodeStorage storage = NodeStorage.open(dir, options)) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 100, 1));
            assertThat(storage.recoveryReport().segmentCount()).isEqualTo(segments.size());
            assertThat(storage.recoveryReport().lastIndex()).isEqualTo(100);
        }
    }

    @Test
    void reopeningWithDifferentSegmentSizeKeepsTheLog() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults().withSegmentBytes(SEGMENT_BYTES))) {
            storage.save(new HardState(1, null), 1, commands(1, 30, 1));
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(null, 31, commands(31, 60, 1));
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults().withSegmentBytes(SEGMENT_BYTES))) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 60, 1));
        }
    }

    @Test
    void recordLargerThanASegmentGetsASegmentOfItsOwn() throws Exception {
        String big = "x".repeat(500);
        StorageOptions options = StorageOptions.defaults().withSegmentBytes(SEGMENT_BYTES);
        try (NodeStorage storage = NodeStorage.open(dir, options)) {
            storage.save(new HardState(1, null), 1, commands(1, 2, 1));
            storage.save(null, 3, List.of(io.raftctl.raft.Entry.command(3, 1, big)));
            storage.save(null, 4, commands(4, 4, 1));
        }
        assertThat(TestEntries.segmentFiles(dir)).hasSize(3);
        try (NodeStorage storage = NodeStorage.open(dir, options)) {
            assertThat(storage.entry(3).command()).isEqualTo(big);
            assertThat(storage.lastIndex()).isEqualTo(4);
        }
    }
}
