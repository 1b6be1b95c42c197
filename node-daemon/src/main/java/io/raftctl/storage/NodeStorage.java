package io.raftctl.storage;

import io.raftctl.raft.Entry;
import io.raftctl.raft.HardState;
import io.raftctl.util.Log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A node's crash-safe durable state in one data directory: the term and vote in {@code meta} and the log in
 * segment files under {@code log/}. {@link #save} is the one write operation; it follows the
 * {@link io.raftctl.raft.Ready} contract and is durable on return when fsync is on.
 *
 * <p>Once a write fails, the disk may hold part of it, so the storage refuses every later save: only a restart,
 * which recovers from what is really on disk, can continue safely.
 *
 * <p>Thread-safe; meant for one driver thread that saves and any thread that reads.
 */
public final class NodeStorage implements AutoCloseable {

    private static final Log LOG = Log.get("storage");

    /**
     * Test hook: the faults every {@link #open(Path, StorageOptions)} of this process injects. Only tests in this
     * package can set it (a stand-in main that makes a real raftd's disk fail); it is never set otherwise.
     */
    static volatile FaultInjector processFaults = FaultInjector.NONE;

    private final Path dir;
    private final DirectoryLock lock;
    private final MetaFile meta;
    private final SegmentedLog log;
    private final RecoveryReport recoveryReport;
    private final DiskIo disk;
    private long saves;
    private HardState hardState;
    private String failure; // the first write failure; set means every later save is refused
    private boolean closed;

    private NodeStorage(Path dir, DirectoryLock lock, MetaFile meta, HardState hardState, SegmentedLog log,
                        RecoveryReport recoveryReport, DiskIo disk) {
        this.disk = disk;
        this.dir = dir;
        this.lock = lock;
        this.meta = meta;
        this.hardState = hardState;
        this.log = log;
        this.recoveryReport = recoveryReport;
    }

    /**
     * Opens (creating if needed) the storage in {@code dir} and recovers it. With {@code options.repair()} the log
     * is truncated at the first corrupt record instead of refusing to start.
     */
    public static NodeStorage open(Path dir, StorageOptions options) throws StorageException {
        return open(dir, options, processFaults);
    }

    /**
     * As {@link #open(Path, StorageOptions)}, on another file system than the real one: the simulator's disk.
     */
    public static NodeStorage open(FileSystem fs, Path dir, StorageOptions options) throws StorageException {
        return open(fs, dir, options, FaultInjector.NONE);
    }

    /**
     * UNSAFE, for the simulator's self-tests only: as {@link #open(FileSystem, Path, StorageOptions)}, but recovery
     * keeps what it reads as if it were durable (no fsync at start-up, nothing distrusted after a failed fsync).
     */
    public static NodeStorage openTrustingUnsyncedTail(FileSystem fs, Path dir, StorageOptions options) throws StorageException {
        return open(fs, dir, options, FaultInjector.NONE, true);
    }

    /** As {@link #open(Path, StorageOptions)}, with a hook that lets tests make disk operations fail. */
    static NodeStorage open(Path dir, StorageOptions options, FaultInjector faults) throws StorageException {
        return open(FileSystem.NIO, dir, options, faults, false);
    }

    private static NodeStorage open(FileSystem fs, Path dir, StorageOptions options, FaultInjector faults) throws StorageException {
        return open(fs, dir, options, faults, false);
    }

    private static NodeStorage open(FileSystem fs, Path dir, StorageOptions options, FaultInjector faults,
                                    boolean trustUnsynced) throws StorageException {
        Objects.requireNonNull(fs, "fs");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        StorageLayout layout = new StorageLayout(dir);
        DiskIo disk = new DiskIo(fs, options.fsync(), faults);
        createDirectory(layout.dir(), disk);
        DirectoryLock lock = DirectoryLock.acquire(fs, layout.lockFile(), dir);
        try {
            createDirectory(layout.logDir(), disk);
            MetaFile meta = new MetaFile(layout, disk);
            HardState hardState = meta.recover();
            LogRecovery.Result recovered = LogRecovery.recover(layout, disk, options.repair());
            if (!disk.exists(layout.meta()) && !recovered.entries().isEmpty()) {
                throw new StorageException(StorageLayout.describe(layout.meta()) + " is missing although the log holds "
                        + recovered.entries().size() + " entries; refusing to start rather than forget the node's term and vote");
            }
            // What was read may sit in the page cache only (a process that died without a power loss): make it
            // durable before anything is done on the strength of it, as PostgreSQL does at recovery.
            if (!trustUnsynced) syncEverything(layout, disk, recovered.segments());
            SegmentedLog log = SegmentedLog.open(layout, disk, options.segmentBytes(), recovered.segments(), recovered.entries(),
                    recovered.watermark());
            String catchUp = recovered.catchUp();
            if (disk.exists(layout.fsyncFailed())) {
                String distrusted = trustUnsynced ? null : distrustAfterFailedFsync(layout, disk, log, meta, hardState, recovered.watermark());
                disk.delete(layout.fsyncFailed());
                disk.syncDirectory(layout.dir());
                if (catchUp == null) catchUp = distrusted;
            }
            RecoveryReport report = new RecoveryReport(log.segmentCount(), log.lastIndex(), recovered.tornTailBytes(),
                    recovered.repaired(), recovered.repairDroppedBytes(), recovered.repairDroppedRecords(), recovered.corruption(),
                    catchUp);
            if (!options.fsync()) LOG.warn("fsync is off for {}: a crash can lose acknowledged entries and votes", dir);
            LOG.info("opened storage {}: term {}, {} log entries in {} segments", dir, hardState.term(), log.lastIndex(), log.segmentCount());
            return new NodeStorage(dir, lock, meta, hardState, log, report, disk);
        } catch (StorageException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The term and vote in {@code dir} on {@code fs}, read only ({@link HardState#INITIAL} if the meta file is
     * missing, unreadable or damaged): what the simulator's checker reads from a disk's durable image.
     */
    public static HardState peekHardState(FileSystem fs, Path dir) {
        StorageLayout layout = new StorageLayout(dir);
        try {
            return MetaFile.decode(layout.meta(), fs.readAll(layout.meta()));
        } catch (IOException | StorageException e) {
            return HardState.INITIAL;
        }
    }

    /** The intact entries of the log in {@code dir} on {@code fs} from index 1 up to the first damage, read only. */
    public static List<Entry> peekLog(FileSystem fs, Path dir) {
        StorageLayout layout = new StorageLayout(dir);
        List<Entry> entries = new java.util.ArrayList<>();
        try {
            if (!fs.isDirectory(layout.logDir())) return entries;
            List<Path> files = new java.util.ArrayList<>();
            for (Path p : fs.list(layout.logDir())) if (StorageLayout.firstIndexFromName(p) >= 0) files.add(p);
            files.sort(java.util.Comparator.comparingLong(StorageLayout::firstIndexFromName));
            for (Path file : files) {
                SegmentScan scan = SegmentScan.scan(file, fs.readAll(file), StorageLayout.firstIndexFromName(file), entries.size() + 1);
                entries.addAll(scan.entries());
                if (scan.problem() != null) break;
            }
        } catch (IOException e) {
            // An unreadable segment ends what can be read.
        }
        return entries;
    }

    /** fsyncs every segment, the log folder, the meta file and the data folder: nothing read is trusted unsynced. */
    private static void syncEverything(StorageLayout layout, DiskIo disk, List<Segment> segments) throws StorageException {
        for (Segment segment : segments) syncFile(disk, segment.file());
        disk.syncDirectory(layout.logDir());
        if (disk.exists(layout.meta())) syncFile(disk, layout.meta());
        disk.syncDirectory(layout.dir());
    }

    private static void syncFile(DiskIo disk, Path file) throws StorageException {
        FileSystem.Handle handle = disk.openForWrite(file);
        try {
            disk.force(handle, file);
        } finally {
            disk.closeQuietly(handle, file);
        }
    }

    /**
     * After a failed fsync the kernel may have reported the unwritten pages clean (fsyncgate): they read back fine
     * but are not on disk, and a later fsync, the start-up one included, does not write them. So every entry after
     * the last successful fsync goes, and the meta file is written afresh. Returns why, if entries went.
     */
    private static String distrustAfterFailedFsync(StorageLayout layout, DiskIo disk, SegmentedLog log, MetaFile meta,
                                                   HardState hardState, long watermark) throws StorageException {
        long synced;
        try {
            ByteBuffer b = ByteBuffer.wrap(disk.readAll(layout.fsyncFailed()));
            synced = b.remaining() == 12 && b.getInt(8) == markerCrc(b.getLong(0)) ? b.getLong(0) : Math.max(watermark, 0);
        } catch (IOException e) {
            synced = Math.max(watermark, 0);
        }
        if (disk.exists(layout.meta())) meta.write(hardState);
        long last = log.lastIndex();
        if (last <= synced) return null;
        log.replaceFrom(synced + 1, List.of());
        LOG.warn("an fsync failed before the last stop: distrusted the {} entries written after index {}, the last synced",
                last - synced, synced);
        return "distrusted " + (last - synced) + " entries written after the last successful fsync (index " + synced + ")";
    }

    private static int markerCrc(long index) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(index).array());
        return (int) crc.getValue();
    }

    /** Records, after a failed fsync, the last index synced before it (best effort: the disk is failing). */
    private void markFsyncFailed(long synced) {
        StorageLayout layout = new StorageLayout(dir);
        try {
            disk.replaceAtomically(layout.fsyncFailedTmp(), layout.fsyncFailed(),
                    ByteBuffer.allocate(12).putLong(synced).putInt(markerCrc(synced)).array());
        } catch (StorageException e) {
            LOG.error("could not record the failed fsync ({}); the next start cannot tell which entries to distrust", e.getMessage());
        }
    }

    /** Creates a missing directory and makes its name durable in its parent. */
    private static void createDirectory(Path directory, DiskIo disk) throws StorageException {
        if (disk.fileSystem().isDirectory(directory)) return;
        try {
            disk.fileSystem().createDirectories(directory);
        } catch (IOException e) {
            throw DiskIo.failure("create", "directory " + directory, e);
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) disk.syncDirectory(parent);
    }

    /** The saved term and vote; {@link HardState#INITIAL} if none was ever saved. */
    public synchronized HardState hardState() {
        return hardState;
    }

    /** The whole log, index 1..{@link #lastIndex()}, for restoring the engine. */
    public synchronized List<Entry> entries() {
        return log.entries();
    }

    public synchronized long lastIndex() {
        return log.lastIndex();
    }

    /** The entry at {@code index}, in constant time. */
    public synchronized Entry entry(long index) {
        return log.entry(index);
    }

    /** Calls of {@link #save} so far: with group commit, far fewer than the entries saved. */
    public synchronized long saves() {
        return saves;
    }

    /** fsyncs of files and directories so far, recovery's included (0 with fsync off). */
    public long fsyncs() {
        return disk.forces();
    }

    public RecoveryReport recoveryReport() {
        return recoveryReport;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Makes the log equal to its first {@code persistFrom - 1} entries followed by {@code entries}, and saves
     * {@code hardState} if not null; durable on return when fsync is on. An append costs one fsync of the log,
     * so callers should batch (group commit); a new hard state and cutting a conflicting suffix cost extra ones.
     *
     * @throws IllegalArgumentException if persistFrom is outside 1..lastIndex+1, the entries do not run
     *                                  consecutively from persistFrom, or the term would go down (nothing is written)
     * @throws StorageException         if the disk write failed; every later save fails too
     */
    public synchronized void save(HardState hardState, long persistFrom, List<Entry> entries) throws StorageException {
        if (closed) throw new IllegalStateException("storage " + dir + " is closed");
        if (failure != null) throw new StorageException("storage failed earlier (" + failure + "); restart the node");
        Objects.requireNonNull(entries, "entries");
        validate(hardState, persistFrom, entries);
        saves++;
        long syncedBefore = Math.min(log.lastIndex(), persistFrom - 1);
        try {
            // Term and vote first: the log must never hold entries of a term the node has not durably entered.
            if (hardState != null && !hardState.equals(this.hardState)) {
                meta.write(hardState);
                this.hardState = hardState;
            }
            if (persistFrom <= log.lastIndex() || !entries.isEmpty()) log.replaceFrom(persistFrom, entries);
        } catch (StorageException e) {
            failure = e.getMessage();
            if (disk.forceFailed()) markFsyncFailed(syncedBefore);
            LOG.error("{}; refusing further writes until the node restarts", e.getMessage());
            throw new StorageException(e.getMessage() + "; refusing further writes until the node restarts", e);
        } catch (RuntimeException e) {
            failure = "unexpected " + e;
            throw e;
        }
    }

    private void validate(HardState hardState, long persistFrom, List<Entry> entries) {
        if (persistFrom < 1 || persistFrom > log.lastIndex() + 1) {
            throw new IllegalArgumentException("persistFrom must be in 1.." + (log.lastIndex() + 1) + " (one past the last index), was " + persistFrom);
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = Objects.requireNonNull(entries.get(i), "entry");
            if (e.index() != persistFrom + i) {
                throw new IllegalArgumentException("entries must run consecutively from persistFrom " + persistFrom
                        + ", but entry " + i + " has index " + e.index());
            }
            if (RecordCodec.payloadBytes(e) > RecordCodec.MAX_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("entry " + e.index() + " has a command larger than " + RecordCodec.MAX_PAYLOAD_BYTES + " bytes");
            }
        }
        if (hardState != null && hardState.term() < this.hardState.term()) {
            throw new IllegalArgumentException("the term must never go down, but " + hardState.term() + " follows " + this.hardState.term());
        }
    }

    /** Releases the files; a later save fails. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        log.close();
        lock.close();
    }
}
