package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Turns what Jackson throws while reading a cluster file into a one-sentence {@link ConfigException} with the
 * file, the line and the field: the parser's invalid YAML and duplicate keys, databind's unknown keys, values
 * of the wrong kind and second documents, and the scalar deserializers' own sentences.
 */
final class JacksonErrors {

    /** How jackson-core's DupDetector starts its message: "Duplicate field 'x'". */
    private static final String DUPLICATE_KEY_MESSAGE = "Duplicate field '";

    private final String fileName;
    private final TrackingParser parser;

    JacksonErrors(String fileName, TrackingParser parser) {
        this.fileName = fileName;
        this.parser = parser;
    }

    ConfigException translate(JsonProcessingException thrown) {
        JsonProcessingException e = unwrap(thrown);
        if (!(e instanceof DatabindException)) return parserError(e);
        ConfigException bindingError = bindingError(e);
        return yamlErrorInTheRest().orElse(bindingError);
    }

    /**
     * Databind stops at the first value it cannot use, but what the old whole-document read found first still
     * comes first: invalid YAML or a duplicate key further on (a value cut short by a missing brace, say) and
     * a second document. The scan ends where a second document begins: its keys would repeat the first's.
     */
    private Optional<ConfigException> yamlErrorInTheRest() {
        try {
            while (parser.rootValuesBegun() < 2 && parser.nextToken() != null) {
                // only looking for the parser's errors
            }
        } catch (JsonProcessingException e) {
            return Optional.of(parserError(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parser.rootValuesBegun() > 1 ? Optional.of(secondDocument()) : Optional.empty();
    }

    private ConfigException secondDocument() {
        return at(currentLine(), FieldPath.ROOT, "only one YAML document is allowed");
    }

    /** Describes the token the parser stopped at, so it runs before {@link #yamlErrorInTheRest} reads on. */
    private ConfigException bindingError(JsonProcessingException e) {
        // Databind reads one token past the root value only to check for trailing tokens.
        if (parser.rootValuesBegun() > 1) return secondDocument();
        if (e instanceof InvalidValueException v) return at(v.line(), path(v), v.problem());
        if (e instanceof UnrecognizedPropertyException u) return unknownKey(u);
        if (e instanceof MismatchedInputException m) {
            try {
                return at(currentLine(), path(m), "expected " + ValueDescriptions.expected(m.getTargetType())
                        + ", got " + ValueDescriptions.found(parser));
            } catch (JsonProcessingException undecodable) {
                return parserError(undecodable);
            } catch (IOException undecodable) {
                throw new UncheckedIOException(undecodable);
            }
        }
        // Not the file's fault: ClusterFile or a deserializer is wrong, which a test should show as it is.
        if (e instanceof InvalidDefinitionException || e.getCause() instanceof RuntimeException) {
            throw new IllegalStateException("cannot read cluster files: " + e.getOriginalMessage(), e);
        }
        return at(currentLine(), path((DatabindException) e), "cannot be read (" + firstLine(e.getOriginalMessage()) + ")");
    }

    /** Databind wraps what the parser throws inside a value with the value's path; the parser's own says more. */
    private static JsonProcessingException unwrap(JsonProcessingException e) {
        if (e instanceof DatabindException && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof DatabindException)) {
            return cause;
        }
        return e;
    }

    private ConfigException parserError(JsonProcessingException e) {
        if (e instanceof JacksonYAMLParseException) return YamlSyntaxError.of(fileName, e);
        // STRICT_DUPLICATE_DETECTION throws at the second key (a plain JsonParseException, told apart by its
        // message), which the parser's position names; the first one's line is the tracker's.
        FieldPath key = FieldPath.of(parser.getParsingContext());
        var first = parser.keyLine(key);
        if (isDuplicateKey(e) && first.isPresent() && e.getLocation() != null) {
            return at(e.getLocation().getLineNr(), key.parent(), "duplicate field "
                    + ConfigException.quote(String.valueOf(parser.getParsingContext().getCurrentName()))
                    + " (first given on line " + first.get() + ")");
        }
        return YamlSyntaxError.of(fileName, e);
    }

    private static boolean isDuplicateKey(JsonProcessingException e) {
        return e.getClass() == JsonParseException.class && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith(DUPLICATE_KEY_MESSAGE);
    }

    private ConfigException unknownKey(UnrecognizedPropertyException u) {
        FieldPath key = path(u);
        return at(parser.keyLine(key).orElse(0), key.parent(), "unknown field " + ConfigException.quote(u.getPropertyName())
                + " (expected one of " + String.join(", ", ValueDescriptions.keys(u.getReferringClass())) + ")");
    }

    private ConfigException at(int line, FieldPath field, String problem) {
        return new ConfigException(fileName, line, field.toString(), problem);
    }

    private static FieldPath path(DatabindException e) {
        return e instanceof JsonMappingException m ? FieldPath.of(m.getPath()) : FieldPath.ROOT;
    }

    private int currentLine() {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
