package io.raftctl.cli.process;

import io.raftctl.cli.CliException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The copy of raftd.jar a node's daemon runs from. A build rewrites {@code node-daemon/target/raftd.jar} in
 * place, and a JVM whose jar changes under it fails at its next class load (a rarely used path, such as a
 * restart, much later). So each daemon starts from a copy named after its content in the node's data
 * directory. Copies of other builds are unlinked, which a daemon still running from one survives: it keeps
 * its file open.
 */
final class LaunchJar {

    static final String DIRECTORY = "bin";

    private LaunchJar() {
    }

    /** @throws CliException exit 1 if the copy cannot be made */
    static Path copyFor(Path jar, Path nodeDataDir) {
        try {
            Path dir = nodeDataDir.resolve(DIRECTORY);
            Files.createDirectories(dir);
            Path copy = dir.resolve("raftd-" + contentHash(jar) + ".jar");
            if (!Files.isRegularFile(copy)) {
                Path tmp = Files.createTempFile(dir, "raftd-", ".tmp");
                Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE);
            }
            try (DirectoryStream<Path> others = Files.newDirectoryStream(dir, "raftd-*")) {
                for (Path other : others) if (!other.equals(copy)) Files.deleteIfExists(other);
            }
            return copy;
        } catch (IOException e) {
            throw CliException.failed("cannot copy " + jar + " into " + nodeDataDir + ": " + e.getMessage());
        }
    }

    private static String contentHash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) sha.update(buffer, 0, n);
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
