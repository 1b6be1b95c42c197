package io.raftctl.storage;

import io.raftctl.storage.FaultInjector.Operation;
import io.raftctl.util.Log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every change the storage makes on disk goes through here, so that the fsync option, the test fault hook and
 * the translation of IOExceptions into one-sentence {@link StorageException}s naming the file live in one place.
 */
final class DiskIo {

    private static final Log LOG = Log.get("storage");
    // Windows cannot open a directory as a channel; NTFS journals renames and deletes itself.
    private static final boolean CAN_SYNC_DIRECTORIES = !System.getProperty("os.name", "").startsWith("Windows");

    private final boolean fsync;
    private final FaultInjector faults;
    /** fsyncs of files and directories done so far (a group-commit measure). */
    private final java.util.concurrent.atomic.AtomicLong forces = new java.util.concurrent.atomic.AtomicLong();

    DiskIo(boolean fsync, FaultInjector faults) {
        this.fsync = fsync;
        this.faults = faults;
    }

    FileChannel openForWrite(Path file) throws StorageException {
        try {
            faults.beforeIo(Operation.OPEN, file);
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure("open", StorageLayout.describe(file), e);
        }
    }

    void write(FileChannel channel, Path file, ByteBuffer data, long position) throws StorageException {
        try {
            faults.beforeIo(Operation.WRITE, file);
            long at = position;
            while (data.hasRemaining()) at += channel.write(data, at);
        } catch (IOException e) {
            throw failure("write", StorageLayout.describe(file), e);
        }
    }

    /** Makes everything written to {@code channel} durable (a no-op with fsync off). */
    void force(FileChannel channel, Path file) throws StorageException {
        if (!fsync) return;
        try {
            faults.beforeIo(Operation.FORCE, file);
            // true: the file's size changes with every append and truncation, and must be durable too.
            channel.force(true);
            forces.incrementAndGet();
        } catch (IOException e) {
            throw failure("fsync", StorageLayout.describe(file), e);
        }
    }

    void truncate(FileChannel channel, Path file, long size) throws StorageException {
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
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure("delete", StorageLayout.describe(file), e);
        }
    }

    /** Makes file creations, renames and deletions in {@code dir} durable (a no-op with fsync off). */
    void syncDirectory(Path dir) throws StorageException {
        if (!fsync || !CAN_SYNC_DIRECTORIES) return;
        try {
            faults.beforeIo(Operation.SYNC_DIRECTORY, dir);
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
                forces.incrementAndGet();
            }
        } catch (IOException e) {
            throw failure("fsync", "directory " + dir, e);
        }
    }

    /**
     * Writes {@code content} to {@code tmp}, makes it durable, renames it over {@code target} and syncs the
     * directory, so that after a crash {@code target} holds the old or the new content in full, never a mix.
     */
    void replaceAtomically(Path tmp, Path target, byte[] content) throws StorageException {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(channel, tmp, ByteBuffer.wrap(content), 0);
            force(channel, tmp);
        } catch (IOException e) {
            throw failure("write", StorageLayout.describe(tmp), e);
        }
        try {
            faults.beforeIo(Operation.RENAME, target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure("rename " + tmp.getFileName() + " over", StorageLayout.describe(target), e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    long forces() {
        return forces.get();
    }

    /** Closes a channel whose data is already durable (or abandoned), so a close error only merits a warning. */
    void closeQuietly(FileChannel channel, Path file) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("could not close {} ({})", StorageLayout.describe(file), reason(e));
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
