package io.raftctl.storage;

import io.raftctl.raft.HardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.raftctl.storage.TestEntries.commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetaFileTest {

    @TempDir
    Path dir;

    private Path meta() {
        return dir.resolve("meta");
    }

    private void saveVote() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(7, "n2"), 1, commands(1, 2, 7));
        }
    }

    @Test
    void metaIsReplacedAtomicallyWithoutLeavingATempFile() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, "n1"), 1, List.of());
            assertThat(MetaFile.decode(meta(), Files.readAllBytes(meta()))).isEqualTo(new HardState(1, "n1"));
            storage.save(new HardState(2, null), 1, List.of());
            assertThat(MetaFile.decode(meta(), Files.readAllBytes(meta()))).isEqualTo(new HardState(2, null));
        }
        assertThat(dir.resolve("meta.tmp")).doesNotExist();
    }

    @Test
    void leftoverTempFileFromAnInterruptedWriteIsIgnoredAndRemoved() throws Exception {
        saveVote();
        Files.write(dir.resolve("meta.tmp"), MetaFile.encode(new HardState(9, "n3")));

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(new HardState(7, "n2"));
        }
        assertThat(dir.resolve("meta.tmp")).doesNotExist();
    }

    @Test
    void truncatedMetaRefusesToOpen() throws Exception {
        saveVote();
        TestEntries.chop(meta(), 1);

        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessage("meta file " + meta() + " is truncated (25 of 26 bytes); refusing to start rather than forget the node's term and vote");
    }

    @Test
    void emptyMetaRefusesToOpen() throws Exception {
        saveVote();
        Files.write(meta(), new byte[0]);

        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("meta file " + meta() + " is truncated (0 bytes");
    }

    @Test
    void corruptMetaRefusesToOpenEvenWithRepair() throws Exception {
        saveVote();
        TestEntries.flipBit(meta(), 12); // inside the term

        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults().withRepair(true)))
                .isInstanceOf(StorageException.class)
                .hasMessage("meta file " + meta() + " is corrupt (CRC mismatch); refusing to start rather than forget the node's term and vote");
        // Never silently reset.
        assertThat(Files.size(meta())).isEqualTo(26);
    }

    @Test
    void missingMetaNextToAnEmptyLogMeansInitialState() throws Exception {
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            storage.save(new HardState(1, "n1"), 1, List.of());
        }
        Files.delete(meta());

        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(HardState.INITIAL);
            assertThat(storage.lastIndex()).isZero();
        }
    }

    @Test
    void missingMetaNextToANonEmptyLogRefusesToStart() throws Exception {
        saveVote();
        Files.delete(meta());

        // Starting with term 0 and no vote could let the node vote a second time in a term.
        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults()))
                .isInstanceOf(StorageException.class)
                .hasMessage("meta file " + meta() + " is missing although the log holds 2 entries; refusing to start"
                        + " rather than forget the node's term and vote");
    }

    @Test
    void failedOpenReleasesTheDirectory() throws Exception {
        saveVote();
        byte[] good = Files.readAllBytes(meta());
        TestEntries.flipBit(meta(), 12);
        assertThatThrownBy(() -> NodeStorage.open(dir, StorageOptions.defaults())).isInstanceOf(StorageException.class);

        Files.write(meta(), good);
        try (NodeStorage storage = NodeStorage.open(dir, StorageOptions.defaults())) {
            assertThat(storage.hardState()).isEqualTo(new HardState(7, "n2"));
        }
    }
}
