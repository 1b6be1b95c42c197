package io.raftctl.cli.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a running process is: its command line and working directory, from /proc or ProcessHandle. */
final class ProcessInspector {

    private ProcessInspector() {
    }

    /** The full argument vector (program first), if the process exists and can be inspected. */
    static Optional<List<String>> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            byte[] raw = Files.readAllBytes(proc);
            if (raw.length > 0) {
                String text = new String(raw, StandardCharsets.UTF_8);
                return Optional.of(Arrays.asList(text.split("\0")));
            }
        } catch (IOException | SecurityException e) {
            // No /proc (not Linux) or not ours to read: fall back to what the JDK knows.
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) return Optional.empty();
        List<String> all = new ArrayList<>();
        all.add(info.command().get());
        all.addAll(Arrays.asList(info.arguments().get()));
        return Optional.of(all);
    }

    /** The working directory, to resolve a relative {@code --config}. */
    static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
