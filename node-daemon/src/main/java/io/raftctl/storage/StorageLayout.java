package io.raftctl.storage;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the files in a node data directory:
 * <pre>
 *   meta                           term and vote
 *   meta.tmp                       a meta write in progress (never read; removed on open)
 *   storage.lock                   held while a process has the storage open
 *   fsync-failed                   after a failed fsync: the last index synced before it (removed by the next open)
 *   log/&lt;20-digit first index&gt;.seg  log segments
 *   log/&lt;...&gt;.seg.tmp              a segment being created (removed on open)
 * </pre>
 */
final class StorageLayout {

    static final String META = "meta";
    static final String META_TMP = "meta.tmp";
    static final String LOCK = "storage.lock";
    static final String FSYNC_FAILED = "fsync-failed";
    static final String FSYNC_FAILED_TMP = "fsync-failed.tmp";
    static final String LOG_DIR = "log";
    static final String SEGMENT_SUFFIX = ".seg";
    static final String TMP_SUFFIX = ".tmp";

    private static final Pattern SEGMENT_NAME = Pattern.compile("(\\d{20})\\.seg");

    private final Path dir;

    StorageLayout(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path meta() {
        return dir.resolve(META);
    }

    Path metaTmp() {
        return dir.resolve(META_TMP);
    }

    Path fsyncFailed() {
        return dir.resolve(FSYNC_FAILED);
    }

    Path fsyncFailedTmp() {
        return dir.resolve(FSYNC_FAILED_TMP);
    }

    Path lockFile() {
        return dir.resolve(LOCK);
    }

    Path logDir() {
        return dir.resolve(LOG_DIR);
    }

    Path segment(long firstIndex) {
        return logDir().resolve(segmentName(firstIndex));
    }

    Path segmentTmp(long firstIndex) {
        return logDir().resolve(segmentName(firstIndex) + TMP_SUFFIX);
    }

    static String segmentName(long firstIndex) {
        return String.format("%020d%s", firstIndex, SEGMENT_SUFFIX);
    }

    /** The first index a segment file's name promises, or -1 if the name is not a segment name. */
    static long firstIndexFromName(Path file) {
        Matcher m = SEGMENT_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) return -1;
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }

    static boolean isLeftoverSegmentTmp(Path file) {
        return file.getFileName().toString().endsWith(SEGMENT_SUFFIX + TMP_SUFFIX);
    }

    /** "log segment PATH", "meta file PATH", ...: how messages name a file. */
    static String describe(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(SEGMENT_SUFFIX) || name.endsWith(SEGMENT_SUFFIX + TMP_SUFFIX)) return "log segment " + file;
        if (name.equals(META) || name.equals(META_TMP)) return "meta file " + file;
        if (name.equals(LOCK)) return "lock file " + file;
        return "file " + file;
    }
}
