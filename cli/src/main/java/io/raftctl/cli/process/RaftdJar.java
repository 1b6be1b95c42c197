package io.raftctl.cli.process;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the runnable raftd jar: {@code -Draftd.jar=...}, else {@code $RAFTD_JAR}, else next to raftctl's own
 * jar (an installed layout), else in the source tree relative to it ({@code cli/target/raftctl.jar} →
 * {@code node-daemon/target/raftd.jar}).
 */
public final class RaftdJar {

    public static final String PROPERTY = "raftd.jar";
    public static final String ENV = "RAFTD_JAR";

    private RaftdJar() {
    }

    /** @throws CliException exit 2 naming where it looked */
    public static Path locate(Session session) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property), "-D" + PROPERTY);
        }
        Optional<String> env = session.env(ENV);
        if (env.isPresent()) return existing(Path.of(env.get()), "$" + ENV);
        ownLocation().ifPresent(dir -> {
            candidates.add(dir.resolve("raftd.jar"));
            candidates.add(dir.resolve("../../node-daemon/target/raftd.jar"));
        });
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) return c.toAbsolutePath().normalize();
        }
        throw CliException.usage("cannot find raftd.jar (looked at " + String.join(", ",
                candidates.stream().map(p -> p.normalize().toString()).toList())
                + "); build it with 'mvn -pl node-daemon package' or set " + ENV);
    }

    private static Path existing(Path jar, String source) {
        if (!Files.isRegularFile(jar)) throw CliException.usage("raftd jar " + jar + " (from " + source + ") not found");
        return jar.toAbsolutePath().normalize();
    }

    /** The directory of raftctl's jar, or of its classes directory's parent (target/) when run from a build. */
    private static Optional<Path> ownLocation() {
        try {
            var source = Raftctl.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path self = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(self.toAbsolutePath().getParent());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The java binary running raftctl, used for the daemons too. */
    public static String javaBinary() {
        Optional<String> current = ProcessHandle.current().info().command();
        if (current.isPresent() && Path.of(current.get()).getFileName().toString().startsWith("java")) {
            return current.get();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
