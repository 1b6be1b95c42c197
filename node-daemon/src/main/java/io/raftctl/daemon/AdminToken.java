package io.raftctl.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/** The admin socket's bearer token: read from its file, or generated there (mode 0600) at first start. */
final class AdminToken {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AdminToken() {
    }

    /** Reads the token at {@code file}; if {@code generate} and the file is missing, creates a new random one. */
    static String load(Path file, boolean generate) throws IOException {
        if (Files.notExists(file)) {
            if (!generate) throw new IOException("admin token file " + file + " does not exist");
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                return token;
            } catch (FileAlreadyExistsException raced) {
                // Another start won the race: use its token.
            }
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) throw new IOException("admin token file " + file + " is empty");
        return token;
    }

    /** True if nobody but the owner may read, change or run the file (mode 0600 or stricter). */
    static boolean ownerOnly(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.stream().allMatch(x -> x == PosixFilePermission.OWNER_READ || x == PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
