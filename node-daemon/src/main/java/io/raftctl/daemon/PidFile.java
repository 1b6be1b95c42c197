package io.raftctl.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code raftd.pid} in the node's data directory: how raftctl finds (and only ever stops) this process. */
final class PidFile {

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    /** Writes this process's pid, refusing if the file names another live process. */
    void claim() throws IOException {
        Optional<Long> other = read().filter(pid -> pid != ProcessHandle.current().pid())
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        if (other.isPresent()) {
            throw new IOException("another raftd (pid " + other.get() + ") already runs with data in " + file.getParent());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the file if it still names this process. */
    void release() {
        try {
            if (read().filter(pid -> pid == ProcessHandle.current().pid()).isPresent()) Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort at exit: raftctl treats a pid file of a dead process as stale.
        }
    }

    private Optional<Long> read() {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
