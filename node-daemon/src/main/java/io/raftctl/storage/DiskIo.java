package io.raftctl.storage;

import io.raftctl.storage.FaultInjector.Operation;
import io.raftctl.util.Log;

import io.raftctl.storage.FileSystem.Handle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

/**
 * Every change the storage makes on disk goes through here, so that the fsync option, the test fault hook and
 * the translation of IOExceptions into one-sentence {@link StorageException}s naming the file live in one place.
 * The calls themselves go to a {@link FileSystem}: the real one, or the simulator's disk.
 */
final class DiskIo {

    private static final Log LOG = Log.get("storage");

    private final FileSystem fs;
    private final boolean fsync;
    private final FaultInjector faults;
    private volatile boolean forceFailed;
    /** fsyncs of files and directories done so far (a group-commit measure). */
    private final java.util.concurrent.atomic.AtomicLong forces = new java.util.concurrent.atomic.AtomicLong();

    DiskIo(FileSystem fs, boolean fsync, FaultInjector faults) {
        this.fs = fs;
        this.fsync = fsync;
        this.faults = faults;
    }

    FileSystem fileSystem() {
        return fs;
    }

    Handle openForWrite(Path file) throws StorageException {
        try {
            faults.beforeIo(Operation.OPEN, file);
            return fs.open(file, false, false);
        } catch (IOException e) {
            throw failure("open", StorageLayout.describe(file), e);
        }
    }

    void write(Handle channel, Path file, ByteBuffer data, long position) throws StorageException {
        try {
            faults.beforeIo(Operation.WRITE, file);
            channel.write(data, position);
        } catch (IOException e) {
            throw failure("write", StorageLayout.describe(file), e);
        }
    }

    /** Makes everything written to {@code channel} durable (a no-op with fsync off). */
    void force(Handle channel, Path file) throws StorageException {
        if (!fsync) return;
        try {
            faults.beforeIo(Operation.FORCE, file);
            channel.force();
            forces.incrementAndGet();
        } catch (IOException e) {
            forceFailed = true;
            throw failure("fsync", StorageLayout.describe(file), e);
        }
    }

    void truncate(Handle channel, Path file, long size) throws StorageException {
        try {
            faults.beforeIo(Operation.TRUNCATE, file);
            channel.truncate(size);
        } catch (IOException e) {
            throw failure("truncate", StorageLayout.describe(file), e);
        }
    }

    void delete(Path file) throws StorageException {
        try {
            faults.beforeIo(Operation.DELETE, file);
            fs.deleteIfExists(file);
        } catch (IOException e) {
            throw failure("delete", StorageLayout.describe(file), e);
        }
    }

    /** Makes file creations, renames and deletions in {@code dir} durable (a no-op with fsync off). */
    void syncDirectory(Path dir) throws StorageException {
        if (!fsync) return;
        try {
            faults.beforeIo(Operation.SYNC_DIRECTORY, dir);
            fs.syncDirectory(dir);
            forces.incrementAndGet();
        } catch (IOException e) {
            forceFailed = true;
            throw failure("fsync", "directory " + dir, e);
        }
    }

    /**
     * Writes {@code content} to {@code tmp}, makes it durable, renames it over {@code target} and syncs the
     * directory, so that after a crash {@code target} holds the old or the new content in full, never a mix.
     */
    void replaceAtomically(Path tmp, Path target, byte[] content) throws StorageException {
        try (Handle channel = fs.open(tmp, true, true)) {
            write(channel, tmp, ByteBuffer.wrap(content), 0);
            force(channel, tmp);
        } catch (IOException e) {
            throw failure("write", StorageLayout.describe(tmp), e);
        }
        try {
            faults.beforeIo(Operation.RENAME, target);
            fs.rename(tmp, target);
        } catch (IOException e) {
            throw failure("rename " + tmp.getFileName() + " over", StorageLayout.describe(target), e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * True once a force or directory sync failed: the kernel may since report the unwritten pages clean, so what
     * was written after the last successful one must not be trusted (fsyncgate).
     */
    boolean forceFailed() {
        return forceFailed;
    }

    long forces() {
        return forces.get();
    }

    /** Closes a channel whose data is already durable (or abandoned), so a close error only merits a warning. */
    void closeQuietly(Handle channel, Path file) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("could not close {} ({})", StorageLayout.describe(file), reason(e));
        }
    }

    /** The whole file; NoSuchFileException passes through for callers to whom a missing file means something. */
    byte[] readAll(Path file) throws IOException {
        return fs.readAll(file);
    }

    byte[] read(Path file, long position, int length) throws StorageException {
        try {
            return fs.read(file, position, length);
        } catch (IOException e) {
            throw failure("read", StorageLayout.describe(file), e);
        }
    }

    long size(Path file) throws StorageException {
        try {
            return fs.size(file);
        } catch (IOException e) {
            throw failure("read the size of", StorageLayout.describe(file), e);
        }
    }

    boolean exists(Path path) {
        return fs.exists(path);
    }

    List<Path> list(Path dir) throws StorageException {
        try {
            return fs.list(dir);
        } catch (IOException e) {
            throw failure("list", "directory " + dir, e);
        }
    }

    static StorageException failure(String verb, String what, IOException e) {
        return new StorageException("could not " + verb + " " + what + " (" + reason(e) + ")", e);
    }

    /** The OS's words for what went wrong ("No space left on device"), without repeating the file name. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
