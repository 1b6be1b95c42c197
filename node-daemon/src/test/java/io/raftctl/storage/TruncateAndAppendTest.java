package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static io.raftctl.storage.TestEntries.concat;
import static org.assertj.core.api.Assertions.assertThat;

class TruncateAndAppendTest {

    /** Room for about three records per segment. */
    private static final StorageOptions TINY_SEGMENTS = StorageOptions.defaults().withSegmentBytes(120);

    @TempDir
    Path dir;

    @Test
    void conflictingSuffixIsReplacedWithinOneSegment() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, null), 1, commands(1, 5, 1));
            storage.save(new HardState(2, null), 4, commands(4, 6, 2));

            List<Entry> expected = concat(commands(1, 3, 1), commands(4, 6, 2));
            assertThat(storage.entries()).containsExactlyElementsOf(expected);
            assertThat(storage.entry(4).term()).isEqualTo(2);
        }
        Path segment = TestEntries.firstSegment(dir);
        List<Entry> expected = concat(commands(1, 3, 1), commands(4, 6, 2));
        // Truncated in place: the file holds exactly the new log, no stale bytes behind it.
        assertThat(Files.size(segment)).isEqualTo(TestEntries.offsetInSegment(expected, 6) + RecordCodec.encodedSize(expected.get(5)));
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(expected);
            assertThat(storage.recoveryReport().clean()).isTrue();
        }
    }

    @Test
    void conflictingSuffixSpanningSegmentsDeletesTheLaterSegments() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            storage.save(new HardState(1, null), 1, commands(1, 20, 1));
        }
        int segmentsBefore = TestEntries.segmentFiles(dir).size();
        assertThat(segmentsBefore).isGreaterThan(4);

        List<Entry> expected = concat(commands(1, 4, 1), commands(5, 7, 3));
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            storage.save(new HardState(3, "n2"), 5, commands(5, 7, 3));
            assertThat(storage.entries()).containsExactlyElementsOf(expected);
            for (long i = 1; i <= 7; i++) assertThat(storage.entry(i)).isEqualTo(expected.get((int) (i - 1)));
        }
        assertThat(TestEntries.segmentFiles(dir).size()).isLessThan(segmentsBefore);
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            assertThat(storage.hardState()).isEqualTo(new HardState(3, "n2"));
            assertThat(storage.entries()).containsExactlyElementsOf(expected);
            assertThat(storage.recoveryReport().clean()).isTrue();
            assertThat(storage.recoveryReport().segmentCount()).isEqualTo(TestEntries.segmentFiles(dir).size());
        }
    }

    @Test
    void cutAtTheFirstIndexOfASegmentKeepsThatSegmentAsTheActiveOne() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            storage.save(new HardState(1, null), 1, commands(1, 12, 1));
        }
        List<Path> segments = TestEntries.segmentFiles(dir);
        long secondFirstIndex = StorageLayout.firstIndexFromName(segments.get(1));

        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            storage.save(new HardState(2, null), secondFirstIndex, commands(secondFirstIndex, secondFirstIndex, 2));
        }
        assertThat(TestEntries.segmentFiles(dir)).containsExactly(segments.get(0), segments.get(1));
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            assertThat(storage.lastIndex()).isEqualTo(secondFirstIndex);
            assertThat(storage.entry(secondFirstIndex).term()).isEqualTo(2);
            assertThat(storage.entry(secondFirstIndex - 1).term()).isEqualTo(1);
        }
    }

    @Test
    void truncationWithoutNewEntriesShortensTheLog() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            storage.save(new HardState(1, null), 1, commands(1, 10, 1));
            storage.save(null, 3, List.of());
            assertThat(storage.lastIndex()).isEqualTo(2);
        }
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 2, 1));
            // The log keeps growing correctly after the cut.
            storage.save(null, 3, commands(3, 9, 2));
        }
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            assertThat(storage.entries()).containsExactlyElementsOf(concat(commands(1, 2, 1), commands(3, 9, 2)));
        }
    }

    @Test
    void wholeLogCanBeReplacedFromIndexOne() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            storage.save(new HardState(1, null), 1, commands(1, 10, 1));
            storage.save(new HardState(5, null), 1, commands(1, 2, 5));
        }
        assertThat(TestEntries.segmentFiles(dir)).containsExactly(TestEntries.firstSegment(dir));
        try (NodeStorage storage = NodeStorage.open(dir, TINY_SEGMENTS)) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 2, 5));
        }
    }
}
