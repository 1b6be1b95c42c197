package io.raftctl.cli.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a process is the raftd of a given node of a given cluster file, from its command line
 * ({@code ... --config FILE --node ID ...}). raftctl signals a pid from a pid file only after this check:
 * a stale pid file may name a pid the system has since given to an unrelated process.
 */
public final class DaemonIdentity {

    private DaemonIdentity() {
    }

    /**
     * @param args       the process's argument vector
     * @param workingDir its working directory, to resolve a relative config path (may be empty)
     */
    public static boolean matches(List<String> args, String nodeId, Path configFile, Optional<Path> workingDir) {
        Optional<String> node = value(args, "--node");
        Optional<String> config = value(args, "--config");
        if (node.isEmpty() || !node.get().equals(nodeId) || config.isEmpty()) return false;
        Path given = Path.of(config.get());
        Path resolved = given.isAbsolute() ? given : workingDir.map(d -> d.resolve(given)).orElse(given);
        return sameFile(resolved, configFile);
    }

    /** Whether the command line is a raftd of {@code nodeId} at all (whatever its cluster file). */
    public static boolean isRaftdOf(List<String> args, String nodeId) {
        return value(args, "--node").filter(nodeId::equals).isPresent();
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}. */
    static Optional<String> value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(name) && i + 1 < args.size()) return Optional.of(args.get(i + 1));
            if (a.startsWith(name + "=")) return Optional.of(a.substring(name.length() + 1));
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        Path na = a.toAbsolutePath().normalize();
        Path nb = b.toAbsolutePath().normalize();
        if (na.equals(nb)) return true;
        try {
            return Files.exists(na) && Files.exists(nb) && Files.isSameFile(na, nb);
        } catch (IOException e) {
            return false;
        }
    }
}
