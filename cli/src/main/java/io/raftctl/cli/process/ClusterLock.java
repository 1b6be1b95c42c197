package io.raftctl.cli.process;

import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.Output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Serialises {@code up} and {@code down} of one cluster: without it, two {@code up} at once each start every
 * daemon, one of each pair exits ("another raftd already runs") and both report success. The lock is a file
 * lock on {@code <data_dir>/raftctl.lock}, held by the process (the kernel drops it if raftctl dies), with the
 * holder's pid written inside so that a waiting raftctl can say whom it waits for.
 */
public final class ClusterLock implements AutoCloseable {

    public static final String FILE_NAME = "raftctl.lock";
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final long RETRY_NANOS = Duration.ofMillis(20).toNanos();

    private final FileChannel channel;
    private final FileLock lock;

    private ClusterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the cluster's lock, waiting up to a minute for another raftctl to finish (saying so once). */
    public static ClusterLock acquire(ClusterView cluster, Output out) {
        return acquire(lockFile(cluster), cluster.file().toString(), out, DEFAULT_WAIT);
    }

    /** Where the lock of {@code cluster} lives: the directory holding every node's data directory. */
    public static Path lockFile(ClusterView cluster) {
        return cluster.dataDir(cluster.ids().get(0)).getParent().resolve(FILE_NAME);
    }

    /** Takes the lock at {@code file}; {@code what} names the cluster in messages. */
    public static ClusterLock acquire(Path file, String what, Output out) {
        return acquire(file, what, out, DEFAULT_WAIT);
    }

    static ClusterLock acquire(Path file, String clusterName, Output out, Duration wait) {
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw CliException.failed("cannot open the lock file " + file + ": " + e.getMessage());
        }
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    writeHolder(channel);
                    return new ClusterLock(channel, lock);
                }
                String holder = holder(file);
                if (!told) {
                    out.note("waiting for another raftctl" + holder + " that is starting or stopping the cluster of " + clusterName);
                    told = true;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw CliException.failed("another raftctl" + holder + " has been starting or stopping the cluster of "
                            + clusterName + " for " + wait.toSeconds() + "s (lock " + file + "); try again when it is done");
                }
                LockSupport.parkNanos(RETRY_NANOS);
                if (Thread.currentThread().isInterrupted()) throw new CliException(ExitCodes.INTERRUPTED, "interrupted while waiting for the cluster lock");
            }
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The lock, or null while another process (or another line of this one) holds it. */
    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            throw CliException.failed("cannot lock " + e.getMessage());
        }
    }

    private static void writeHolder(FileChannel channel) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Only the waiting message uses it.
        }
    }

    /** {@code " (pid 1234)"}, or nothing when the file does not say. */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock, if any, goes with the channel.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }
}
