package io.raftctl.config;

import io.raftctl.util.Durations;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One value of the cluster file with its path ({@code raft.heartbeat}), converted on demand; every
 * conversion failure is a {@link ConfigException} naming the file, the line and the path.
 */
final class ConfigValue {

    private final YamlNode node;
    private final String path;
    private final String fileName;

    ConfigValue(YamlNode node, String path, String fileName) {
        this.node = node;
        this.path = path;
        this.fileName = fileName;
    }

    YamlNode node() {
        return node;
    }

    String path() {
        return path;
    }

    int line() {
        return node.line();
    }

    ConfigException error(String problem) {
        return new ConfigException(fileName, node.line(), path, problem);
    }

    /** Any scalar as text: {@code cluster: 2024} is a name, not a number. */
    String text(String expected) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) return s.text();
        throw error("expected " + expected + ", got " + node.describe());
    }

    String name() {
        String text = text("a name like n1");
        if (!ClusterConfig.NAME.matcher(text).matches()) {
            throw error("expected a name of lowercase letters, digits and '-' like n1, got " + ConfigException.quote(text));
        }
        return text;
    }

    Path filePath(String expected) {
        String text = text(expected);
        if (text.isBlank()) throw error("expected " + expected + ", got an empty string");
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw error(ConfigException.quote(text) + " is not a valid path");
        }
    }

    HostPort address() {
        String text = text("host:port like 127.0.0.1:7001");
        try {
            return HostPort.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** A positive duration in whole milliseconds, as the engine counts time in milliseconds. */
    Duration duration() {
        String expected = "a duration like 50ms";
        if (!(node instanceof YamlNode.Scalar s) || s.isNull() || s.type() != YamlNode.Scalar.Type.STRING) {
            throw error("expected " + expected + ", got " + node.describe());
        }
        Duration d;
        try {
            d = Durations.parse(s.text());
        } catch (IllegalArgumentException e) {
            throw error("expected " + expected + ", got " + ConfigException.quote(s.text()));
        }
        if (d.isZero() || d.isNegative()) throw error("expected a positive duration, got " + ConfigException.quote(s.text()));
        if (d.toNanos() % 1_000_000 != 0) {
            throw error("expected a whole number of milliseconds, got " + ConfigException.quote(s.text()));
        }
        return d;
    }

    /** YAML's true/false (and yes/no, on/off, which YAML 1.1 reads as booleans), quoted or not. */
    boolean flag(String trueWord, String falseWord) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (List.of("true", "yes", "on").contains(t)) return true;
            if (List.of("false", "no", "off").contains(t)) return false;
        }
        throw error("expected " + trueWord + " or " + falseWord + ", got " + node.describe());
    }

    int positiveInt() {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
            try {
                int n = Integer.parseInt(s.text().replace("_", ""));
                if (n >= 1) return n;
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw error("expected a whole number from 1 to " + Integer.MAX_VALUE + ", got " + node.describe());
    }

    <E extends Enum<E>> E choice(Class<E> type, List<String> names) {
        String text = text("one of " + String.join(", ", names));
        int i = names.indexOf(text);
        if (i < 0) throw error("expected one of " + String.join(", ", names) + ", got " + ConfigException.quote(text));
        return type.getEnumConstants()[i];
    }

    /** A mapping whose keys must all be among {@code known}. */
    ConfigMapping mapping(List<String> known) {
        if (node instanceof YamlNode.Mapping m) return new ConfigMapping(m, path, fileName, known);
        throw error("expected a mapping with " + String.join(", ", known) + ", got " + node.describe());
    }

    List<ConfigValue> list(String expected) {
        if (!(node instanceof YamlNode.Sequence seq)) throw error("expected " + expected + ", got " + node.describe());
        List<ConfigValue> items = new ArrayList<>();
        for (YamlNode item : seq.items()) items.add(new ConfigValue(item, path + "[" + items.size() + "]", fileName));
        return items;
    }
}
