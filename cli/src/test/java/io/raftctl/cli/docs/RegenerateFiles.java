package io.raftctl.cli.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rewrites completions/ and docs/man/ from the command model. Run by the Maven profile {@code regenerate}
 * ({@code mvn -B -Pregenerate -pl cli -am process-test-classes}); the argument is the repository root.
 */
public final class RegenerateFiles {

    private RegenerateFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Map<Path, String> files = GeneratedFiles.all();
        // A command that no longer exists must not keep its man page.
        try (Stream<Path> old = Files.exists(root.resolve(GeneratedFiles.MAN)) ? Files.list(root.resolve(GeneratedFiles.MAN)) : Stream.empty()) {
            for (Path p : old.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                if (!files.containsKey(root.relativize(p))) Files.delete(p);
            }
        }
        for (Map.Entry<Path, String> e : files.entrySet()) {
            Path target = root.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
        }
        System.out.println("regenerated " + files.size() + " files under " + root);
    }
}
