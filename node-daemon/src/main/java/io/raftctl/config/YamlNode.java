package io.raftctl.config;

import java.util.List;
import java.util.Optional;

/**
 * A YAML document as a tree that remembers where each value was written, so that errors found after
 * parsing (a duplicate node id, min above max) can still name their line.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 1-based line. */
    int line();

    /** How the value reads in an error message: {@code 'fast'}, {@code a mapping}, {@code a list}. */
    String describe();

    record Scalar(String text, Type type, int line) implements YamlNode {
        /** What YAML made of a plain scalar; quoted scalars are always {@link #STRING}. */
        enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        boolean isNull() {
            return type == Type.NULL;
        }

        public String describe() {
            return isNull() ? "nothing" : ConfigException.quote(text);
        }
    }

    record Field(String name, int line, YamlNode value) {
    }

    record Mapping(List<Field> fields, int line) implements YamlNode {
        Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public String describe() {
            return "a list";
        }
    }
}
