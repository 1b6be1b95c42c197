package io.raftctl.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test hook: lets a test make a chosen disk operation fail the way a full or failing disk would. Permissions
 * cannot simulate this when tests run as root, so the failure is injected just before the real call.
 */
interface FaultInjector {

    enum Operation { OPEN, WRITE, FORCE, TRUNCATE, DELETE, RENAME, SYNC_DIRECTORY }

    FaultInjector NONE = (operation, file) -> { };

    /** Throws to make {@code operation} on {@code file} fail. */
    void beforeIo(Operation operation, Path file) throws IOException;
}
