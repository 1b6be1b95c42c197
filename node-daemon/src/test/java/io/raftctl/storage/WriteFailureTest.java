package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import io.raftctl.storage.FaultInjector.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static io.raftctl.storage.TestEntries.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteFailureTest {

    @TempDir
    Path dir;

    private static boolean isSegment(Path file) {
        return file.getFileName().toString().endsWith(".seg");
    }

    @Test
    void failedFsyncSurfacesAndEveryLaterSaveIsRefused() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        Path segment = TestEntries.firstSegment(dir);
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults(), faults)) {
            storage.save(new HardState(1, null), 1, commands(1, 3, 1));
            faults.failAlways(Operation.FORCE, WriteFailureTest::isSegment);

            assertThatThrownBy(() -> storage.save(null, 4, commands(4, 6, 1)))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("could not fsync log segment " + segment
                            + " (No space left on device); refusing further writes until the node restarts");

            faults.heal();
            assertThatThrownBy(() -> storage.save(null, 4, commands(4, 6, 1)))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("storage failed earlier (could not fsync log segment " + segment
                            + " (No space left on device)); restart the node");
            assertThatThrownBy(() -> storage.save(new HardState(2, null), 4, List.of()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("storage failed earlier");
            // Reads show only what was acknowledged as durable.
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 3, 1));
            assertThat(storage.hardState()).isEqualTo(new HardState(1, null));
        }
        // A restart recovers from what is on disk: the acknowledged entries at least, and an intact log.
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).startsWith(commands(1, 3, 1).toArray(new Entry[0]));
            assertThat(storage.entries()).isIn(commands(1, 3, 1), commands(1, 6, 1));
            storage.save(null, storage.lastIndex() + 1, commands(storage.lastIndex() + 1, 7, 1));
        }
    }

    @Test
    void failedWriteSurfacesAndLaterSavesAreRefused() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults(), faults)) {
            storage.save(new HardState(1, null), 1, commands(1, 3, 1));
            faults.failAlways(Operation.WRITE, WriteFailureTest::isSegment);

            assertThatThrownBy(() -> storage.save(null, 4, commands(4, 4, 1)))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("could not write log segment");
            faults.heal();
            assertThatThrownBy(() -> storage.save(null, 4, commands(4, 4, 1)))
                    .hasMessageContaining("restart the node");
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 3, 1));
        }
    }

    @Test
    void failedMetaRenameKeepsTheOldStateAndRefusesLaterSaves() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        Path meta = dir.resolve("meta");
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults(), faults)) {
            storage.save(new HardState(1, "n1"), 1, commands(1, 2, 1));
            faults.failAlways(Operation.RENAME, f -> f.equals(meta));

            assertThatThrownBy(() -> storage.save(new HardState(2, "n2"), 3, commands(3, 3, 2)))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("could not rename meta.tmp over meta file " + meta
                            + " (No space left on device); refusing further writes until the node restarts");
            assertThat(storage.hardState()).isEqualTo(new HardState(1, "n1"));
            faults.heal();
            assertThatThrownBy(() -> storage.save(null, 3, commands(3, 3, 1))).hasMessageContaining("restart the node");
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(new HardState(1, "n1"));
            // The term was not saved, so the log must not hold entries of it either.
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 2, 1));
        }
        assertThat(dir.resolve("meta.tmp")).doesNotExist();
    }

    @Test
    void failureWhileCuttingAConflictingSuffixLeavesARecoverableLog() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        StorageOptions tiny = StorageOptions.defaults().withSegmentBytes(120);
        try (NodeStorage storage = NodeStorage.open(dir, tiny, faults)) {
            storage.save(new HardState(1, null), 1, commands(1, 12, 1));
            faults.failAlways(Operation.TRUNCATE, WriteFailureTest::isSegment);

            assertThatThrownBy(() -> storage.save(new HardState(2, null), 2, commands(2, 3, 2)))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("could not truncate log segment");
            faults.heal();
            assertThatThrownBy(() -> storage.save(null, 2, commands(2, 3, 2))).hasMessageContaining("restart the node");
        }
        // Later segments were deleted but the truncation never happened: what is left is a prefix of the old log.
        try (NodeStorage storage = NodeStorage.open(dir, tiny)) {
            assertThat(storage.recoveryReport().clean()).isTrue();
            List<Entry> recovered = storage.entries();
            assertThat(commands(1, 12, 1)).startsWith(recovered.toArray(new Entry[0]));
            storage.save(new HardState(2, null), 2, commands(2, 3, 2));
            assertThat(storage.entries()).containsExactlyElementsOf(concat(commands(1, 1, 1), commands(2, 3, 2)));
        }
    }

    @Test
    void afterAFailedFsyncTheNextStartDistrustsWhatWasWrittenSince() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults(), faults)) {
            storage.save(new HardState(1, null), 1, commands(1, 3, 1));
            faults.failAlways(Operation.FORCE, WriteFailureTest::isSegment);
            assertThatThrownBy(() -> storage.save(null, 4, commands(4, 6, 1))).isInstanceOf(StorageException.class);
        }
        // The records of the failed save read back intact, but the kernel may have reported their pages clean
        // without writing them (fsyncgate): they go, and the node is told it may have to catch up.
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 3, 1));
            assertThat(storage.recoveryReport().catchUpReason())
                    .isEqualTo("distrusted 3 entries written after the last successful fsync (index 3)");
        }
        assertThat(dir.resolve("fsync-failed")).doesNotExist();
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.recoveryReport().clean()).isTrue();
        }
    }

    @Test
    void startUpSyncsEverySegmentTheMetaFileAndBothFolders() throws Exception {
        StorageOptions tiny = StorageOptions.defaults().withSegmentBytes(120);
        try (NodeStorage storage = NodeStorage.open(dir, tiny)) {
            storage.save(new HardState(1, null), 1, commands(1, 12, 1));
        }
        int segments = TestEntries.segmentFiles(dir).size();
        ScriptedFaults faults = new ScriptedFaults();
        try (NodeStorage storage = NodeStorage.open(dir, tiny, faults)) {
            assertThat(faults.calls().stream().filter(c -> c.operation() == Operation.FORCE).map(c -> c.file().getFileName().toString()))
                    .hasSize(segments + 1).contains("meta");
            assertThat(faults.calls().stream().filter(c -> c.operation() == Operation.SYNC_DIRECTORY).map(ScriptedFaults.Call::file))
                    .contains(dir.resolve("log"), dir);
        }
    }
}
