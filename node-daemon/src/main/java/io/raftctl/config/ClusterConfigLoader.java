package io.raftctl.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and checks a cluster file; see {@link ClusterConfig} for the format. */
public final class ClusterConfigLoader {

    private ClusterConfigLoader() {
    }

    /**
     * Reads the cluster file at {@code file}; relative paths in it resolve against its directory.
     *
     * @throws ConfigException if the file is missing, unreadable, not YAML or not a valid cluster file
     */
    public static ClusterConfig load(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) throw ConfigException.notFound(name);
        if (Files.isDirectory(file)) throw new ConfigException(name, 0, "", "is a directory, not a cluster file");
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ConfigException.notFound(name);
        } catch (CharacterCodingException e) {
            throw new ConfigException(name, 0, "", "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(name, 0, "", "cannot read the file (" + e.getMessage() + ")");
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(yaml, name, dir);
    }

    /**
     * Parses cluster-file text.
     *
     * @param fileName the name errors start with
     * @param baseDir  the directory relative paths resolve against
     * @throws ConfigException if the text is not YAML or not a valid cluster file
     */
    public static ClusterConfig parse(String yaml, String fileName, Path baseDir) {
        return new ClusterFileConverter(fileName, baseDir).convert(ClusterFileReader.read(yaml, fileName));
    }
}
