package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

import static io.raftctl.storage.TestEntries.commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorruptionRecoveryTest {

    private static final StorageOptions REPAIR = StorageOptions.defaults().withRepair(true);
    private static final StorageOptions TINY = StorageOptions.defaults().withSegmentBytes(120);

    @TempDir
    Path dir;

    private final List<Entry> five = commands(1, 5, 1);

    /**
     * Five entries in two saves: the second records in the segment header that the first four are durable, so
     * damage to them is corruption of synced data (the watermark), not a write a crash cut short.
     */
    private void saveFive() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, null), 1, five.subList(0, 4));
            storage.save(null, 5, five.subList(4, 5));
        }
    }

    @Test
    void flippedBitInAMiddleRecordRefusesToOpenNamingFileAndOffset() throws Exception {
        saveFive();
        Path segment = TestEntries.firstSegment(dir);
        long offset = TestEntries.offsetInSegment(five, 3);
        TestEntries.flipBit(segment, offset + RecordCodec.MIN_RECORD_BYTES + 1); // inside the payload

        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessage("log segment " + segment + " is corrupt at byte offset " + offset
                        + " (CRC mismatch); start with --repair to truncate the log there");
        // Refusing must not have changed anything.
        assertThat(Files.size(segment)).isEqualTo(TestEntries.offsetInSegment(five, 5) + RecordCodec.encodedSize(five.get(4)));
    }

    @Test
    void repairCutsTheLogAtTheCorruptRecordAndReportsWhatItDropped() throws Exception {
        saveFive();
        Path segment = TestEntries.firstSegment(dir);
        long offset = TestEntries.offsetInSegment(five, 3);
        long sizeBefore = Files.size(segment);
        TestEntries.flipBit(segment, offset + RecordCodec.MIN_RECORD_BYTES + 1);

        try (NodeStorage storage = NodeStorage.open(dir, REPAIR)) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 2, 1));
            RecoveryReport report = storage.recoveryReport();
            assertThat(report.repaired()).isTrue();
            assertThat(report.repairDroppedRecords()).isEqualTo(3);
            assertThat(report.repairDroppedBytes()).isEqualTo(sizeBefore - offset);
            assertThat(report.corruption()).contains(segment.toString(), "byte offset " + offset, "CRC mismatch");
            assertThat(report.tornTailTruncated()).isFalse();
        }
        assertThat(Files.size(segment)).isEqualTo(offset);
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 2, 1));
            assertThat(storage.recoveryReport().clean()).isTrue();
        }
    }

    @Test
    void damagedLengthFieldInAMiddleRecordIsCorruptionNotATornTail() throws Exception {
        saveFive();
        Path segment = TestEntries.firstSegment(dir);
        long offset = TestEntries.offsetInSegment(five, 2);
        // The length now claims the record runs far past the end of the file.
        byte[] bytes = Files.readAllBytes(segment);
        bytes[(int) offset + 1] = 0x7f;
        Files.write(segment, bytes);

        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("byte offset " + offset)
                .hasMessageContaining("--repair");
    }

    @Test
    void damageAtTheEndOfAnEarlierSegmentIsCorruptionAndRepairDropsTheLaterSegments() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, TINY)) {
            storage.save(new HardState(1, null), 1, commands(1, 15, 1));
        }
        List<Path> segments = TestEntries.segmentFiles(dir);
        assertThat(segments).hasSizeGreaterThan(3);
        Path second = segments.get(1);
        long secondLast = StorageLayout.firstIndexFromName(segments.get(2)) - 1;
        TestEntries.flipBit(second, Files.size(second) - 1);

        assertThatThrownBy(() -> NodeStorage.open(dir, TINY))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(second.toString())
                .hasMessageContaining("CRC mismatch");

        try (NodeStorage storage = NodeStorage.open(dir, TINY.withRepair(true))) {
            assertThat(storage.lastIndex()).isEqualTo(secondLast - 1);
            assertThat(storage.recoveryReport().repairDroppedRecords()).isEqualTo(15 - secondLast + 1);
            assertThat(storage.recoveryReport().segmentCount()).isEqualTo(2);
        }
        assertThat(TestEntries.segmentFiles(dir)).containsExactly(segments.get(0), second);
    }

    @Test
    void missingMiddleSegmentIsAGapThatRefusesToOpen() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, TINY)) {
            storage.save(new HardState(1, null), 1, commands(1, 15, 1));
        }
        List<Path> segments = TestEntries.segmentFiles(dir);
        Files.delete(segments.get(1));
        long gapStart = StorageLayout.firstIndexFromName(segments.get(1));
        long thirdFirst = StorageLayout.firstIndexFromName(segments.get(2));

        assertThatThrownBy(() -> NodeStorage.open(dir, TINY))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(segments.get(2).toString())
                .hasMessageContaining("byte offset 0")
                .hasMessageContaining("starts at index " + thirdFirst + " but the log before it ends at index " + (gapStart - 1));

        try (NodeStorage storage = NodeStorage.open(dir, TINY.withRepair(true))) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, gapStart - 1, 1));
        }
        assertThat(TestEntries.segmentFiles(dir)).containsExactly(segments.get(0));
    }

    @Test
    void corruptFirstSegmentHeaderIsRepairedToAnEmptyLog() throws Exception {
        saveFive();
        Path segment = TestEntries.firstSegment(dir);
        TestEntries.flipBit(segment, 9);

        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("byte offset 0 (segment header CRC mismatch)");
        try (NodeStorage storage = NodeStorage.open(dir, REPAIR)) {
            assertThat(storage.entries()).isEmpty();
            assertThat(storage.recoveryReport().repairDroppedRecords()).isEqualTo(5);
            storage.save(null, 1, commands(1, 1, 2));
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 1, 2));
        }
    }

    @Test
    void segmentFromANewerFormatIsRefusedEvenWithRepair() throws Exception {
        saveFive();
        Path segment = TestEntries.firstSegment(dir);
        byte[] bytes = Files.readAllBytes(segment);
        ByteBuffer header = ByteBuffer.wrap(bytes);
        header.putInt(4, 3);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, 16);
        header.putInt(16, (int) crc.getValue());
        Files.write(segment, bytes);

        assertThatThrownBy(() -> NodeStorage.open(dir, REPAIR))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(segment.toString())
                .hasMessageContaining("format version 3");
        assertThat(Files.size(segment)).isEqualTo(bytes.length);
    }

    @Test
    void damageBeyondTheWatermarkIsACutShortWriteEvenWithIntactRecordsAfterIt() throws Exception {
        // One save: nothing in it is known durable yet, so damage in it is what a crash during its fsync leaves
        // (an earlier page lost while a later one reached the disk), not corruption.
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, null), 1, five);
        }
        Path segment = TestEntries.firstSegment(dir);
        long offset = TestEntries.offsetInSegment(five, 3);
        TestEntries.flipBit(segment, offset + RecordCodec.MIN_RECORD_BYTES + 1);

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.lastIndex()).isEqualTo(2);
            assertThat(storage.recoveryReport().catchUpReason())
                    .isEqualTo("dropped 2 records at offset " + offset + " of segment " + segment.getFileName());
            assertThat(storage.recoveryReport().clean()).isFalse();
        }
        assertThat(Files.size(segment)).isEqualTo(offset);
    }

    @Test
    void aRepairCutNamesWhyTheNodeMustCatchUp() throws Exception {
        saveFive();
        Path segment = TestEntries.firstSegment(dir);
        long offset = TestEntries.offsetInSegment(five, 3);
        TestEntries.flipBit(segment, offset + RecordCodec.MIN_RECORD_BYTES + 1);
        try (NodeStorage storage = NodeStorage.open(dir, REPAIR)) {
            assertThat(storage.recoveryReport().catchUpReason()).startsWith("repair dropped 3 records at offset " + offset);
        }
    }
}
