package io.raftctl.sim;

import io.raftctl.storage.FileSystem;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One simulated node's disk, in memory and deterministic: what a real disk and kernel do, each fault chosen by a
 * seed (TigerBeetle's simulator runs its real storage over such a disk).
 *
 * <ul>
 *   <li>Writes go to the page cache: they are visible at once, durable only once the file is forced. A file's
 *       pending writes are kept in order; a force applies them to the durable image.</li>
 *   <li>Directory entries (creations, renames, deletions) are durable only once their directory is synced.</li>
 *   <li>{@link #powerLoss()} (a crash of the machine) keeps the durable image plus a seeded part of what was
 *       pending: nothing, everything, all but the last write which is torn at a byte, or each page of
 *       {@value #PAGE} bytes kept or lost on its own (a later page of a batch kept while an earlier one is lost).
 *       A process that stops without a power loss keeps the page cache.</li>
 *   <li>{@link Fault#FSYNC_EIO}: the next file force fails with {@code Input/output error}; by the seed, its
 *       pages stay pending (a later force may still write them) or are reported clean: they stay visible but are
 *       never written, and a power loss takes them (fsyncgate).</li>
 *   <li>{@link Fault#DISK_FULL}: the next write stores a prefix of its bytes and fails with
 *       {@code No space left on device}.</li>
 *   <li>{@link Fault#BIT_FLIP}: a bit of old, durable data flips; {@link Fault#BAD_SECTOR}: a durable page can no
 *       longer be read ({@code Input/output error} on every read of the file).</li>
 *   <li>{@link Fault#CRASH_AT_FSYNC}: the next file force does not happen: the machine loses power instead, and
 *       the force fails with {@link PowerLoss}, which the simulator turns into a crash.</li>
 * </ul>
 * There is no locking: one storage opens a simulated disk at a time.
 */
public final class SimDisk implements FileSystem {

    /** The unit in which a power loss keeps or loses pending data. */
    public static final int PAGE = 4096;

    /** Disk faults a script can inject ({@code disk NODE FAULT}). */
    public enum Fault {
        CRASH_AT_FSYNC("crash-at-fsync"), FSYNC_EIO("fsync-eio"), DISK_FULL("full"), BIT_FLIP("bit-flip"),
        BAD_SECTOR("bad-sector"),
        /** Disarms a fault waiting for the next force or write (space freed, a disk replaced). */
        HEAL("heal");

        private final String label;

        Fault(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Fault parse(String label) {
            for (Fault f : values()) if (f.label.equals(label)) return f;
            throw new IllegalArgumentException("unknown disk fault '" + label + "' (expected one of "
                    + String.join(", ", Arrays.stream(values()).map(Fault::label).toList()) + ")");
        }
    }

    /** How a power loss treats pending writes. */
    public enum Loss { ALL_LOST, ALL_KEPT, LAST_TORN, PAGES }

    /** What a force that met {@link Fault#CRASH_AT_FSYNC} throws: the machine lost power. */
    public static final class PowerLoss extends IOException {
        PowerLoss(Path file) {
            super("power lost while forcing " + file);
        }
    }

    private record Write(long position, byte[] data) {
    }

    /** A file's contents, whichever names it has. */
    private static final class Inode {
        byte[] cache = new byte[0];
        int cacheSize;
        byte[] durable = new byte[0];
        int durableSize;
        /** Writes (data) and truncations (data null, position the new size) not yet forced, oldest first. */
        final List<Write> pending = new ArrayList<>();
        boolean unreadable;
        long durableVersion;

        void write(long position, byte[] data) {
            int end = (int) position + data.length;
            if (end > cache.length) cache = Arrays.copyOf(cache, Math.max(end, cache.length * 2));
            if (position > cacheSize) Arrays.fill(cache, cacheSize, (int) position, (byte) 0);
            System.arraycopy(data, 0, cache, (int) position, data.length);
            cacheSize = Math.max(cacheSize, end);
            pending.add(new Write(position, data));
        }

        void truncate(long size) {
            if (size < cacheSize) cacheSize = (int) size;
            pending.add(new Write(size, null));
        }

        /** Applies the pending operations to the durable image. */
        void applyPending(List<Write> ops) {
            for (Write w : ops) {
                if (w.data == null) {
                    if (w.position < durableSize) durableSize = (int) w.position;
                    continue;
                }
                int end = (int) w.position + w.data.length;
                if (end > durable.length) durable = Arrays.copyOf(durable, Math.max(end, durable.length * 2));
                if (w.position > durableSize) Arrays.fill(durable, durableSize, (int) w.position, (byte) 0);
                System.arraycopy(w.data, 0, durable, (int) w.position, w.data.length);
                durableSize = Math.max(durableSize, end);
            }
            durableVersion++;
        }

        void resetCacheToDurable() {
            cache = Arrays.copyOf(durable, durableSize);
            cacheSize = durableSize;
            pending.clear();
        }
    }

    private final SplittableRandom random;
    private final Map<Path, Inode> visible = new HashMap<>();
    private final Map<Path, Inode> durable = new HashMap<>();
    private final Set<Path> visibleDirs = new HashSet<>();
    private final Set<Path> durableDirs = new HashSet<>();
    private Fault armed;
    private boolean latentDamage;
    /** How far before the end of the last segment "old" log data ends: beyond the last few batches. */
    private static final int OLD_DATA_MARGIN = 2 * PAGE;
    /** A segment header with its watermark slots, and its fixed part (magic, version, first index, CRC). */
    private static final int HEADER_BYTES = 52;
    private static final int FIXED_HEADER_BYTES = 20;
    private long namespaceVersion;
    private int faultsInjected;

    public SimDisk(long seed) {
        this.random = new SplittableRandom(seed);
        Path root = Path.of("/");
        visibleDirs.add(root);
        durableDirs.add(root);
    }

    // ---------------------------------------------------------------- faults

    /** Arms a fault for the next force or write ({@link Fault#CRASH_AT_FSYNC}, {@link Fault#FSYNC_EIO},
     * {@link Fault#DISK_FULL}), or applies it at once to durable data (the others; false if nothing is durable). */
    public boolean inject(Fault fault) {
        if (fault == Fault.HEAL) {
            armed = null;
            return true;
        }
        faultsInjected++;
        switch (fault) {
            case CRASH_AT_FSYNC, FSYNC_EIO, DISK_FULL -> {
                armed = fault;
                return true;
            }
            case BIT_FLIP, BAD_SECTOR -> {
                // Old data only: the meta file, or log bytes well before the end of the last segment (the last
                // batch lies beyond the durable watermark, where damage is taken for a write cut short).
                TreeMap<Path, Inode> files = new TreeMap<>(durable);
                Path lastSegment = null;
                for (Path p : files.keySet()) if (p.getFileName().toString().endsWith(".seg")) lastSegment = p;
                List<Path> candidates = new ArrayList<>();
                List<int[]> ranges = new ArrayList<>();
                for (Map.Entry<Path, Inode> e : files.entrySet()) {
                    String name = e.getKey().getFileName().toString();
                    int size = e.getValue().durableSize;
                    if (name.equals("meta") && size > 0) {
                        candidates.add(e.getKey());
                        ranges.add(new int[] {0, size});
                    } else if (name.endsWith(".seg") && size > 0) {
                        int end = e.getKey().equals(lastSegment) ? size - OLD_DATA_MARGIN : size;
                        candidates.add(e.getKey());
                        ranges.add(end > HEADER_BYTES ? new int[] {HEADER_BYTES, end} : new int[] {0, FIXED_HEADER_BYTES});
                    }
                }
                if (candidates.isEmpty()) return false;
                int pick = random.nextInt(candidates.size());
                Inode inode = durable.get(candidates.get(pick));
                int[] range = ranges.get(pick);
                if (fault == Fault.BAD_SECTOR) {
                    inode.unreadable = true;
                } else {
                    int at = range[0] + random.nextInt(range[1] - range[0]);
                    int bit = 1 << random.nextInt(8);
                    inode.durable[at] ^= (byte) bit;
                    if (at < inode.cacheSize) inode.cache[at] ^= (byte) bit;
                }
                inode.durableVersion++;
                latentDamage = true;
                return true;
            }
            default -> throw new IllegalArgumentException(fault.toString());
        }
    }

    /**
     * True once old, synced data was damaged (a bit flip, a bad sector) and the storage has not been opened since:
     * its next open will refuse, so the node will never vote again.
     */
    public boolean latentDamage() {
        return latentDamage;
    }

    /** The storage opened without finding the damage harmful. */
    public void clearLatentDamage() {
        latentDamage = false;
    }

    /** The fault waiting for the next force or write, or null. */
    public Fault armed() {
        return armed;
    }

    /** How many faults were injected into this disk. */
    public int faultsInjected() {
        return faultsInjected;
    }

    /** A power loss with a seeded {@link Loss}: the page cache goes, and with it what was not durable. */
    public Loss powerLoss() {
        Loss[] kinds = Loss.values();
        Loss loss = kinds[random.nextInt(kinds.length)];
        powerLoss(loss);
        return loss;
    }

    /** A power loss treating pending data as {@code loss} says. */
    public void powerLoss(Loss loss) {
        // A fault waiting for the next force or write was meant for the process that is gone.
        armed = null;
        boolean keepNamespace = loss == Loss.ALL_KEPT || (loss != Loss.ALL_LOST && random.nextBoolean());
        // In path order, visible names first: the seed alone decides what survives.
        Set<Inode> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Inode inode : new TreeMap<>(visible).values()) if (done.add(inode)) survive(inode, loss);
        for (Inode inode : new TreeMap<>(durable).values()) if (done.add(inode)) survive(inode, loss);
        if (keepNamespace) {
            for (Path dir : new ArrayList<>(visibleDirs)) syncNamespace(dir);
        }
        visible.clear();
        visible.putAll(durable);
        visibleDirs.clear();
        visibleDirs.addAll(durableDirs);
        namespaceVersion++;
    }

    private void survive(Inode inode, Loss loss) {
        List<Write> ops = new ArrayList<>(inode.pending);
        if (ops.isEmpty()) {
            inode.resetCacheToDurable();
            return;
        }
        switch (loss) {
            case ALL_LOST -> {
            }
            case ALL_KEPT -> inode.applyPending(ops);
            case LAST_TORN -> {
                Write last = ops.remove(ops.size() - 1);
                if (last.data != null && last.data.length > 0) {
                    ops.add(new Write(last.position, Arrays.copyOf(last.data, random.nextInt(last.data.length))));
                }
                inode.applyPending(ops);
            }
            case PAGES -> {
                byte[] before = Arrays.copyOf(inode.durable, inode.durableSize);
                int size = inode.cacheSize;
                byte[] after = Arrays.copyOf(inode.cache, size);
                byte[] result = new byte[size];
                for (int page = 0; page * (long) PAGE < size; page++) {
                    int from = page * PAGE;
                    int to = Math.min(size, from + PAGE);
                    boolean keep = random.nextBoolean();
                    for (int i = from; i < to; i++) result[i] = keep ? after[i] : i < before.length ? before[i] : 0;
                }
                inode.durable = result;
                inode.durableSize = size;
                inode.durableVersion++;
            }
            default -> throw new IllegalArgumentException(loss.toString());
        }
        inode.resetCacheToDurable();
    }

    // ---------------------------------------------------------------- what survives a power loss

    /**
     * Changes whenever what a power loss would keep changes (a force, a directory sync, a fault): lets readers
     * of {@link #durableView()} cache what they parsed.
     */
    public long durableVersion() {
        long v = namespaceVersion;
        for (Inode inode : durable.values()) v = v * 31 + inode.durableVersion;
        return v;
    }

    /** The disk as it would be after a power loss that keeps nothing pending: reads only. */
    public FileSystem durableView() {
        return new DurableView();
    }

    private static Inode existing(Map<Path, Inode> files, Path file) throws NoSuchFileException {
        Inode inode = files.get(file);
        if (inode == null) throw new NoSuchFileException(file.toString());
        return inode;
    }

    /** Up to {@code length} bytes of {@code all} from {@code position}, as a read past the end returns fewer. */
    private static byte[] slice(byte[] all, long position, int length) {
        int from = (int) Math.min(position, all.length);
        return Arrays.copyOfRange(all, from, (int) Math.min(all.length, from + (long) length));
    }

    private final class DurableView implements FileSystem {
        @Override
        public Handle open(Path file, boolean create, boolean truncate) throws IOException {
            throw new IOException("the durable view of a simulated disk is read-only");
        }

        @Override
        public byte[] readAll(Path file) throws IOException {
            Inode inode = existing(durable, file);
            if (inode.unreadable) throw new FileSystemException(file.toString(), null, "Input/output error");
            return Arrays.copyOf(inode.durable, inode.durableSize);
        }

        @Override
        public byte[] read(Path file, long position, int length) throws IOException {
            return slice(readAll(file), position, length);
        }

        @Override
        public long size(Path file) throws IOException {
            Inode inode = existing(durable, file);
            return inode.durableSize;
        }

        @Override
        public boolean exists(Path path) {
            return durable.containsKey(path) || durableDirs.contains(path);
        }

        @Override
        public boolean isDirectory(Path path) {
            return durableDirs.contains(path);
        }

        @Override
        public void createDirectories(Path dir) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public List<Path> list(Path dir) {
            return childrenOf(durable.keySet(), dir);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public void syncDirectory(Path dir) {
        }

        @Override
        public Closeable tryLock(Path file) {
            return () -> { };
        }
    }

    // ---------------------------------------------------------------- FileSystem

    @Override
    public Handle open(Path file, boolean create, boolean truncate) throws IOException {
        Inode found = visible.get(file);
        if (found == null) {
            if (!create) throw new NoSuchFileException(file.toString());
            requireDir(file.getParent());
            found = new Inode();
            visible.put(file, found);
        } else if (truncate) {
            found.truncate(0);
        }
        Inode inode = found;
        return new Handle() {
            @Override
            public void write(ByteBuffer data, long position) throws IOException {
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                if (armed == Fault.DISK_FULL) {
                    armed = null;
                    inode.write(position, Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                inode.write(position, bytes);
            }

            @Override
            public void force() throws IOException {
                if (armed == Fault.CRASH_AT_FSYNC) {
                    throw new PowerLoss(file);
                }
                if (armed == Fault.FSYNC_EIO) {
                    armed = null;
                    // Reported clean: the kernel forgets the pages were dirty; they stay visible, never written.
                    if (random.nextBoolean()) inode.pending.clear();
                    throw new FileSystemException(file.toString(), null, "Input/output error");
                }
                List<Write> ops = new ArrayList<>(inode.pending);
                inode.pending.clear();
                inode.applyPending(ops);
            }

            @Override
            public void truncate(long size) {
                inode.truncate(size);
            }

            @Override
            public long size() {
                return inode.cacheSize;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public byte[] readAll(Path file) throws IOException {
        Inode inode = existing(visible, file);
        if (inode.unreadable) throw new FileSystemException(file.toString(), null, "Input/output error");
        return Arrays.copyOf(inode.cache, inode.cacheSize);
    }

    @Override
    public byte[] read(Path file, long position, int length) throws IOException {
        return slice(readAll(file), position, length);
    }

    @Override
    public long size(Path file) throws IOException {
        Inode inode = existing(visible, file);
        return inode.cacheSize;
    }

    @Override
    public boolean exists(Path path) {
        return visible.containsKey(path) || visibleDirs.contains(path);
    }

    @Override
    public boolean isDirectory(Path path) {
        return visibleDirs.contains(path);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !visibleDirs.contains(p); p = p.getParent()) {
            if (visible.containsKey(p)) throw new FileSystemException(p.toString(), null, "Not a directory");
            missing.add(p);
        }
        visibleDirs.addAll(missing);
    }

    @Override
    public void deleteIfExists(Path file) {
        visible.remove(file);
    }

    @Override
    public List<Path> list(Path dir) throws IOException {
        requireDir(dir);
        return childrenOf(visible.keySet(), dir);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        Inode inode = visible.remove(from);
        if (inode == null) throw new NoSuchFileException(from.toString());
        visible.put(to, inode);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        requireDir(dir);
        if (armed == Fault.CRASH_AT_FSYNC) throw new PowerLoss(dir);
        syncNamespace(dir);
    }

    private void syncNamespace(Path dir) {
        durable.keySet().removeIf(p -> dir.equals(p.getParent()) && !visible.containsKey(p));
        for (Map.Entry<Path, Inode> e : visible.entrySet()) {
            if (dir.equals(e.getKey().getParent())) durable.put(e.getKey(), e.getValue());
        }
        durableDirs.removeIf(p -> dir.equals(p.getParent()) && !visibleDirs.contains(p));
        for (Path p : visibleDirs) if (dir.equals(p.getParent())) durableDirs.add(p);
        // A file or directory whose directory is not durable is not reachable after a power loss.
        durable.keySet().removeIf(p -> !durableDirs.contains(p.getParent()));
        namespaceVersion++;
    }

    @Override
    public Closeable tryLock(Path file) throws IOException {
        if (!visible.containsKey(file)) open(file, true, false);
        return () -> { };
    }

    private void requireDir(Path dir) throws IOException {
        if (dir == null || !visibleDirs.contains(dir)) throw new NoSuchFileException(String.valueOf(dir));
    }

    private static List<Path> childrenOf(Set<Path> paths, Path dir) {
        List<Path> children = new ArrayList<>();
        for (Path p : paths) if (dir.equals(p.getParent())) children.add(p);
        children.sort(null);
        return children;
    }
}
