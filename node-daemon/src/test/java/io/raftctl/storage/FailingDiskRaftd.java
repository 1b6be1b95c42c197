package io.raftctl.storage;

import io.raftctl.daemon.RaftdMain;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * raftd with a disk that fails on demand, for process tests: while the file named by the system property
 * {@value #TRIGGER} exists, every fsync of a log segment or meta file fails with an I/O error, the way a dying
 * disk reports it. A full disk is tested with a real tmpfs; a failing fsync cannot be produced that way.
 */
public final class FailingDiskRaftd {

    public static final String TRIGGER = "failing-disk.trigger";

    private FailingDiskRaftd() {
    }

    public static void main(String[] args) {
        Path trigger = Path.of(System.getProperty(TRIGGER));
        NodeStorage.processFaults = (operation, file) -> {
            if (operation == FaultInjector.Operation.FORCE && Files.exists(trigger)) {
                throw new FileSystemException(file.toString(), null, "Input/output error");
            }
        };
        RaftdMain.main(args);
    }
}
