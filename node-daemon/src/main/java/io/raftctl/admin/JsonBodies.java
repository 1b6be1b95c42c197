package io.raftctl.admin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.util.stream.Collectors;

/**
 * Strict JSON for admin requests: unknown fields, wrong types and trailing garbage are errors with a
 * one-sentence message; nothing is coerced ("true" is not a boolean, 1.5 is not a count).
 */
public final class JsonBodies {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    static {
        for (LogicalType t : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual}) {
            STRICT.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
    }

    private static final ObjectMapper OUT = JsonMapper.builder().build();

    private JsonBodies() {
    }

    public static ObjectMapper writer() {
        return OUT;
    }

    /** Parses {@code body} (empty means {@code {}}) as {@code type}, or explains in one sentence what is wrong. */
    public static <T> T read(byte[] body, Class<T> type) throws AdminException {
        byte[] json = body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()
                ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : body;
        try {
            T value = STRICT.readValue(json, type);
            if (value == null) throw AdminException.badRequest("the request body must be a JSON object");
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw AdminException.badRequest("unknown field '" + e.getPropertyName() + "'"
                    + (known.isEmpty() ? " (this request takes no fields)" : " (expected " + known + ")"));
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                JsonLocation at = e.getLocation();
                throw AdminException.badRequest("trailing data after the JSON object"
                        + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
            }
            if (field.isEmpty()) throw AdminException.badRequest("the request body must be a JSON object");
            throw AdminException.badRequest("field '" + field + "' has the wrong type (expected " + expected(e) + ")");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw AdminException.badRequest("malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (java.io.IOException e) {
            throw AdminException.badRequest("unreadable request body");
        }
    }

    private static String expected(MismatchedInputException e) {
        Class<?> t = e.getTargetType();
        if (t == null) return "another type";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (Number.class.isAssignableFrom(t) || t.isPrimitive()) return "an integer";
        if (t == String.class) return "a string";
        if (java.util.Collection.class.isAssignableFrom(t)) return "a list";
        return "a " + t.getSimpleName();
    }
}
