package io.raftctl.storage;

import io.raftctl.util.Log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps a second process (or a second open in this one) from writing the same log: two writers would corrupt it. */
final class DirectoryLock implements AutoCloseable {

    private static final Log LOG = Log.get("storage");

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static DirectoryLock acquire(Path file, Path dir) throws StorageException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) throw inUse(dir);
            return new DirectoryLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dir);
        } catch (StorageException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw DiskIo.failure("lock", StorageLayout.describe(file), e);
        }
    }

    private static StorageException inUse(Path dir) {
        return new StorageException("node data directory " + dir + " is already open in another raftd process or storage instance");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written; the channel only held (or failed to take) the lock.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warn("could not release {} ({})", StorageLayout.describe(file), DiskIo.reason(e));
        }
    }
}
