package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static org.assertj.core.api.Assertions.assertThat;

class TornTailRecoveryTest {

    @TempDir
    Path dir;

    private final List<Entry> five = commands(1, 5, 1);

    private void saveFive(StorageOptions options) throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, options)) {
            storage.save(new HardState(1, "n1"), 1, five);
        }
    }

    @Test
    void incompleteLastRecordIsCutOffAndEarlierEntriesSurvive() throws Exception {
        saveFive(StorageOptions.defaults());
        Path segment = TestEntries.firstSegment(dir);
        long lastRecordOffset = TestEntries.offsetInSegment(five, 5);
        int lastRecordSize = RecordCodec.encodedSize(five.get(4));
        TestEntries.chop(segment, 7);

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 4, 1));
            assertThat(storage.hardState()).isEqualTo(new HardState(1, "n1"));
            RecoveryReport report = storage.recoveryReport();
            assertThat(report.tornTailTruncated()).isTrue();
            assertThat(report.tornTailBytes()).isEqualTo(lastRecordSize - 7);
            assertThat(report.repaired()).isFalse();
            assertThat(report.lastIndex()).isEqualTo(4);
            assertThat(Files.size(segment)).isEqualTo(lastRecordOffset);

            storage.save(null, 5, commands(5, 6, 1));
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 6, 1));
            assertThat(storage.recoveryReport().clean()).isTrue();
        }
    }

    @Test
    void lastRecordCutInsideItsLengthFieldIsCutOff() throws Exception {
        saveFive(StorageOptions.defaults());
        TestEntries.chop(TestEntries.firstSegment(dir), RecordCodec.encodedSize(five.get(4)) - 3);

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 4, 1));
            assertThat(storage.recoveryReport().tornTailBytes()).isEqualTo(3);
        }
    }

    @Test
    void badCrcInTheFinalRecordIsATornTail() throws Exception {
        saveFive(StorageOptions.defaults());
        Path segment = TestEntries.firstSegment(dir);
        long lastRecordOffset = TestEntries.offsetInSegment(five, 5);
        TestEntries.flipBit(segment, Files.size(segment) - 1);

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 4, 1));
            assertThat(storage.recoveryReport().tornTailBytes()).isEqualTo(RecordCodec.encodedSize(five.get(4)));
            assertThat(Files.size(segment)).isEqualTo(lastRecordOffset);
        }
    }

    @Test
    void zeroFilledTailIsATornTail() throws Exception {
        saveFive(StorageOptions.defaults());
        Path segment = TestEntries.firstSegment(dir);
        long sizeBefore = Files.size(segment);
        Files.write(segment, new byte[4096], StandardOpenOption.APPEND);

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(five);
            assertThat(storage.recoveryReport().tornTailBytes()).isEqualTo(4096);
            assertThat(Files.size(segment)).isEqualTo(sizeBefore);
        }
    }

    @Test
    void tornTailInTheLastOfSeveralSegmentsKeepsTheEarlierSegments() throws Exception {
        StorageOptions tiny = StorageOptions.defaults().withSegmentBytes(120);
        try (NodeStorage storage = NodeStorage.open(dir, tiny)) {
            storage.save(new HardState(1, null), 1, commands(1, 11, 1));
        }
        List<Path> segments = TestEntries.segmentFiles(dir);
        Path last = segments.get(segments.size() - 1);
        TestEntries.chop(last, 2);

        try (NodeStorage storage = NodeStorage.open(dir, tiny)) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 10, 1));
            assertThat(storage.recoveryReport().segmentCount()).isEqualTo(segments.size());
        }
    }

    @Test
    void leftoverOfAnInterruptedSegmentCreationIsRemoved() throws Exception {
        saveFive(StorageOptions.defaults());
        Path leftover = dir.resolve("log").resolve(StorageLayout.segmentName(6) + ".tmp");
        Files.write(leftover, new byte[7]);

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(five);
            assertThat(storage.recoveryReport().clean()).isTrue();
        }
        assertThat(leftover).doesNotExist();
    }
}
