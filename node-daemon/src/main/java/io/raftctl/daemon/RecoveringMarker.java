package io.raftctl.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * {@code recovering} beside a node's {@code storage/}: present while the node is in recovering mode, holding the
 * reason. Recovery reports what it cut only at the start that cut it, so without the file a node restarted before
 * it caught up would vote again although its log still lacks what it lost. Written atomically (temp file, fsync,
 * rename, fsync of the directory); removed once the node has caught up with a leader.
 */
final class RecoveringMarker {

    static final String NAME = "recovering";

    private final Path file;
    private final Path tmp;

    RecoveringMarker(Path dataDir) {
        this.file = dataDir.resolve(NAME);
        this.tmp = dataDir.resolve(NAME + ".tmp");
    }

    Path path() {
        return file;
    }

    /** The reason saved by an earlier start, or null if there is none. */
    String read() throws IOException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "recovering since an earlier start" : text;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    void save(String reason) throws IOException {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer data = ByteBuffer.wrap((reason + "\n").getBytes(StandardCharsets.UTF_8));
            while (data.hasRemaining()) channel.write(data);
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
    }

    void remove() throws IOException {
        if (Files.deleteIfExists(file)) syncDirectory();
    }

    private void syncDirectory() throws IOException {
        if (System.getProperty("os.name", "").startsWith("Windows")) return;
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
