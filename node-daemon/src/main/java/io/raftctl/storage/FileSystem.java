package io.raftctl.storage;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * The file-system calls the storage makes, and nothing else: the seam that lets the simulator run the real
 * storage over a simulated disk ({@code io.raftctl.sim.SimDisk}) whose crashes, failed fsyncs, bit flips and full
 * disks are chosen by a seed. {@link #NIO} is the real file system, and the default.
 *
 * <p>Failures are {@link IOException}s; a {@link java.nio.file.FileSystemException}'s reason is the operating
 * system's words ("No space left on device"), which the storage repeats in its one-sentence errors.
 */
public interface FileSystem {

    /** An open file, read and written at explicit positions. */
    interface Handle extends Closeable {
        void write(ByteBuffer data, long position) throws IOException;

        /** Makes the file's data and size durable (fsync). */
        void force() throws IOException;

        void truncate(long size) throws IOException;

        long size() throws IOException;
    }

    /** Opens {@code file} for reading and writing; {@code create} creates a missing one, {@code truncate} empties it. */
    Handle open(Path file, boolean create, boolean truncate) throws IOException;

    /** The whole file; {@link java.nio.file.NoSuchFileException} if it does not exist. */
    byte[] readAll(Path file) throws IOException;

    /** Up to {@code length} bytes of {@code file} from {@code position} (fewer at its end). */
    byte[] read(Path file, long position, int length) throws IOException;

    long size(Path file) throws IOException;

    boolean exists(Path path);

    boolean isDirectory(Path path);

    void createDirectories(Path dir) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** The entries of {@code dir}, in no particular order. */
    List<Path> list(Path dir) throws IOException;

    /** Renames {@code from} over {@code to} atomically. */
    void rename(Path from, Path to) throws IOException;

    /** Makes the creations, renames and deletions in {@code dir} durable. */
    void syncDirectory(Path dir) throws IOException;

    /** An exclusive lock on {@code file} (created if missing), or null if another holder has it. */
    Closeable tryLock(Path file) throws IOException;

    /** The real file system, through java.nio. */
    FileSystem NIO = new NioFileSystem();
}
