package io.raftctl.cli.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code setsid}: daemons get a session of their own, so Ctrl-C in the operator's terminal does not reach them. */
final class Sessions {

    private Sessions() {
    }

    static Optional<String> setsid() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "setsid");
            if (Files.isExecutable(candidate)) return Optional.of(candidate.toString());
        }
        return Optional.empty();
    }
}
