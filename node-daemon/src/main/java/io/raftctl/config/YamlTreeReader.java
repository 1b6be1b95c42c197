package io.raftctl.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with jackson-dataformat-yaml's streaming parser. Rejects
 * invalid YAML, a key given twice in one mapping and more than one document, naming the line.
 */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** How SnakeYAML marks a position inside its multi-line messages. */
    private static final Pattern MARK = Pattern.compile("^\\s*in '.*', line (\\d+), column (\\d+):?$");

    private final String fileName;

    YamlTreeReader(String fileName) {
        this.fileName = fileName;
    }

    /** @return the document's root, or empty for a file with no document (empty or only comments) */
    Optional<YamlNode> read(String yaml) {
        try (JsonParser p = FACTORY.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) return Optional.empty();
            YamlNode root = readValue(p, "");
            if (p.nextToken() != null) {
                throw new ConfigException(fileName, line(p), "", "only one YAML document is allowed");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            // Reading from a String does no I/O.
            throw new UncheckedIOException(e);
        }
    }

    private YamlNode readValue(JsonParser p, String path) throws IOException {
        int line = line(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                List<YamlNode.Field> fields = new ArrayList<>();
                Map<String, Integer> seen = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = line(p);
                    if (seen.containsKey(name)) {
                        throw new ConfigException(fileName, keyLine, path,
                                "duplicate field " + ConfigException.quote(name) + " (first given on line " + seen.get(name) + ")");
                    }
                    seen.put(name, keyLine);
                    p.nextToken();
                    fields.add(new YamlNode.Field(name, keyLine, readValue(p, join(path, name))));
                }
                return new YamlNode.Mapping(List.copyOf(fields), line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(readValue(p, path + "[" + items.size() + "]"));
                return new YamlNode.Sequence(List.copyOf(items), line);
            }
            default -> {
                return new YamlNode.Scalar(p.getText(), scalarType(t), line);
            }
        }
    }

    private static YamlNode.Scalar.Type scalarType(JsonToken t) {
        return switch (t) {
            case VALUE_NUMBER_INT -> YamlNode.Scalar.Type.INTEGER;
            case VALUE_NUMBER_FLOAT -> YamlNode.Scalar.Type.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> YamlNode.Scalar.Type.BOOLEAN;
            case VALUE_NULL -> YamlNode.Scalar.Type.NULL;
            default -> YamlNode.Scalar.Type.STRING;
        };
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /**
     * SnakeYAML's message spans several lines: an optional context ("while parsing a flow sequence"),
     * the problem, each followed by its position and a snippet. This keeps the problem, its position
     * and the context, in one line.
     */
    private ConfigException syntaxError(JsonProcessingException e) {
        String problem = null;
        String context = null;
        int line = 0;
        int column = 0;
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String[] lines = original.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.isBlank() || Character.isWhitespace(text.charAt(0))) continue;
            if (problem != null) context = context == null ? problem : context;
            problem = text.strip();
            line = 0;
            column = 0;
            if (i + 1 < lines.length) {
                Matcher m = MARK.matcher(lines[i + 1]);
                if (m.matches()) {
                    line = Integer.parseInt(m.group(1));
                    column = Integer.parseInt(m.group(2));
                }
            }
        }
        if (line == 0) {
            JsonLocation at = e.getLocation();
            if (at != null) {
                line = Math.max(0, at.getLineNr());
                column = Math.max(0, at.getColumnNr());
            }
        }
        if (problem == null) problem = "unreadable document";
        String sentence = "invalid YAML: " + problem + (context == null ? "" : " " + context);
        return new ConfigException(fileName, line, column, "", sentence);
    }
}
