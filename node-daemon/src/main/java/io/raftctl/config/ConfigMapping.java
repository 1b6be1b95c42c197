package io.raftctl.config;

import java.util.List;
import java.util.Optional;

/**
 * A mapping of the cluster file whose keys are checked against the known ones up front, so that a
 * misspelt key is an error rather than a silently ignored setting.
 */
final class ConfigMapping {

    private final YamlNode.Mapping mapping;
    private final String path;
    private final String fileName;

    ConfigMapping(YamlNode.Mapping mapping, String path, String fileName, List<String> known) {
        this.mapping = mapping;
        this.path = path;
        this.fileName = fileName;
        for (YamlNode.Field f : mapping.fields()) {
            if (!known.contains(f.name())) {
                throw new ConfigException(fileName, f.line(), path,
                        "unknown field " + ConfigException.quote(f.name()) + " (expected one of " + String.join(", ", known) + ")");
            }
        }
    }

    /** The value of {@code key}; absent when the key is missing or has no value ({@code key:} or {@code key: null}). */
    Optional<ConfigValue> get(String key) {
        return mapping.field(key)
                .filter(f -> !(f.value() instanceof YamlNode.Scalar s && s.isNull()))
                .map(f -> new ConfigValue(f.value(), YamlTreeReader.join(path, key), fileName));
    }

    /** @param what what the key holds, for the error message: {@code the cluster's name, like cluster: demo} */
    ConfigValue require(String key, String what) {
        return get(key).orElseThrow(() -> new ConfigException(fileName, path.isEmpty() ? 0 : mapping.line(), path,
                "missing field '" + key + "' (" + what + ")"));
    }
}
