package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import io.raftctl.storage.FaultInjector.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static io.raftctl.storage.TestEntries.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeStorageRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void emptyDirectoryOpensAsInitialStateWithEmptyLog() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir.resolve("fresh"), StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(HardState.INITIAL);
            assertThat(storage.entries()).isEmpty();
            assertThat(storage.lastIndex()).isZero();
            assertThat(storage.recoveryReport().clean()).isTrue();
            assertThat(storage.recoveryReport().segmentCount()).isEqualTo(1);
        }
        assertThat(TestEntries.firstSegment(dir.resolve("fresh"))).exists();
    }

    @Test
    void savedStateAndEntriesSurviveReopen() throws Exception {
        List<Entry> first = List.of(Entry.termStart(1, 1), Entry.command(2, 1, "set a 1"));
        List<Entry> second = commands(3, 10, 2);
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, "n1"), 1, first);
            storage.save(new HardState(2, null), 3, second);
            storage.save(new HardState(2, "n3"), 11, List.of());
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(new HardState(2, "n3"));
            assertThat(storage.entries()).containsExactlyElementsOf(concat(first, second));
            assertThat(storage.lastIndex()).isEqualTo(10);
            assertThat(storage.entry(2)).isEqualTo(Entry.command(2, 1, "set a 1"));
            assertThat(storage.recoveryReport().clean()).isTrue();
        }
    }

    @Test
    void commandsAndVotesKeepNonAsciiTextAndEmptyCommands() throws Exception {
        List<Entry> entries = List.of(Entry.command(1, 1, "put clé «värde» 日本"), Entry.command(2, 1, ""));
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, "nœud-1"), 1, entries);
        }
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(new HardState(1, "nœud-1"));
            assertThat(storage.entries()).containsExactlyElementsOf(entries);
        }
    }

    @Test
    void entryOutsideTheLogIsRejected() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, null), 1, commands(1, 3, 1));
            assertThatThrownBy(() -> storage.entry(0)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> storage.entry(4)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void eachAppendIsMadeDurableWithExactlyOneFsync() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults(), faults)) {
            storage.save(new HardState(1, null), 1, commands(1, 1, 1));
            faults.clearCalls();

            storage.save(null, 2, commands(2, 50, 1));

            assertThat(faults.count(Operation.FORCE)).isEqualTo(1);
            // The records, and the watermark slot in the segment header that the same fsync makes durable.
            assertThat(faults.count(Operation.WRITE)).isEqualTo(2);
            assertThat(faults.count(Operation.SYNC_DIRECTORY)).isZero();
        }
    }

    @Test
    void fsyncOffSkipsForcesButStillStoresTheLog() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        StorageOptions noFsync = StorageOptions.defaults().withFsync(false);
        try (NodeStorage storage = NodeStorage.open(dir, noFsync, faults)) {
            storage.save(new HardState(4, "n2"), 1, commands(1, 5, 4));
        }
        assertThat(faults.count(Operation.FORCE)).isZero();
        assertThat(faults.count(Operation.SYNC_DIRECTORY)).isZero();
        try (NodeStorage storage = NodeStorage.open(dir, noFsync)) {
            assertThat(storage.hardState()).isEqualTo(new HardState(4, "n2"));
            assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 5, 4));
        }
    }

    @Test
    void secondOpenOfTheSameDirectoryIsRefusedUntilTheFirstCloses() throws Exception {
        NodeStorage first = NodeStorage.open(dir, StorageOptions.defaults());
        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessage("node data directory " + dir + " is already open in another raftd process or storage instance");
        first.close();
        NodeStorage.open(dir, StorageOptions.defaults()).close();
    }

    @Test
    void saveAfterCloseIsRefused() throws Exception {
        NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults());
        storage.close();
        storage.close();
        assertThatThrownBy(() -> storage.save(null, 1, commands(1, 1, 1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hardStateEqualToTheSavedOneIsNotRewritten() throws Exception {
        ScriptedFaults faults = new ScriptedFaults();
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults(), faults)) {
            storage.save(new HardState(3, "n1"), 1, List.of());
            faults.clearCalls();
            storage.save(new HardState(3, "n1"), 1, List.of());
            assertThat(faults.calls()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("meta"))).isTrue();
    }
}
