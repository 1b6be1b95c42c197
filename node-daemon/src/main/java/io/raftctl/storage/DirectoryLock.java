package io.raftctl.storage;

import io.raftctl.util.Log;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Keeps a second process (or a second open in this one) from writing the same log: two writers would corrupt it. */
final class DirectoryLock implements AutoCloseable {

    private static final Log LOG = Log.get("storage");

    private final Path file;
    private final Closeable lock;

    private DirectoryLock(Path file, Closeable lock) {
        this.file = file;
        this.lock = lock;
    }

    static DirectoryLock acquire(FileSystem fs, Path file, Path dir) throws StorageException {
        Closeable lock;
        try {
            lock = fs.tryLock(file);
        } catch (IOException e) {
            throw DiskIo.failure("lock", StorageLayout.describe(file), e);
        }
        if (lock == null) throw inUse(dir);
        return new DirectoryLock(file, lock);
    }

    private static StorageException inUse(Path dir) {
        return new StorageException("node data directory " + dir + " is already open in another raftd process or storage instance");
    }

    @Override
    public void close() {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("could not release {} ({})", StorageLayout.describe(file), DiskIo.reason(e));
        }
    }
}
