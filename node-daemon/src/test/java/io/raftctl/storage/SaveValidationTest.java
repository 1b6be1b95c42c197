package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaveValidationTest {

    @TempDir
    Path dir;

    private NodeStorage storage;

    @BeforeEach
    void openWithThreeEntries() throws Exception {
        storage = NodeStorage.open(dir, StorageOptions.defaults());
        storage.save(new HardState(2, "n1"), 1, commands(1, 3, 2));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void persistFromBelowOneIsRejected() {
        assertThatThrownBy(() -> storage.save(null, 0, commands(1, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("persistFrom must be in 1..4 (one past the last index), was 0");
    }

    @Test
    void persistFromBeyondTheEndIsRejected() {
        assertThatThrownBy(() -> storage.save(null, 5, commands(5, 5, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 5");
    }

    @Test
    void entriesNotStartingAtPersistFromAreRejected() {
        assertThatThrownBy(() -> storage.save(null, 4, commands(5, 6, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entries must run consecutively from persistFrom 4, but entry 0 has index 5");
    }

    @Test
    void entriesWithAGapAreRejected() {
        List<Entry> gap = List.of(Entry.command(4, 2, "a"), Entry.command(6, 2, "b"));
        assertThatThrownBy(() -> storage.save(null, 4, gap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1 has index 6");
    }

    @Test
    void termGoingDownIsRejected() {
        assertThatThrownBy(() -> storage.save(new HardState(1, null), 4, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("term must never go down");
    }

    @Test
    void rejectedSaveChangesNothingAndLaterSavesStillWork() throws Exception {
        assertThatThrownBy(() -> storage.save(new HardState(3, null), 2, commands(3, 4, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.hardState()).isEqualTo(new HardState(2, "n1"));
        assertThat(storage.entries()).containsExactlyElementsOf(commands(1, 3, 2));

        storage.save(null, 4, commands(4, 4, 2));
        storage.close();
        try (NodeStorage reopened = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(reopened.hardState()).isEqualTo(new HardState(2, "n1"));
            assertThat(reopened.entries()).containsExactlyElementsOf(commands(1, 4, 2));
        }
    }
}
