package io.raftctl.cli.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the nemesis did and when, saved with the run for reading next to the daemons' logs. */
final class Timeline {

    private final long start = System.nanoTime();
    private final List<String> lines = new ArrayList<>();

    synchronized void note(String cluster, String what) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        lines.add(String.format("%8.3fs  %-12s %s", ms / 1000.0, cluster, what));
    }

    synchronized void save(Path file) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
