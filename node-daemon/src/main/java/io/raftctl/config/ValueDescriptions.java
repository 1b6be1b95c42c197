package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** How errors speak of what a key expects ({@code a mapping with min, max}) and of what the file gave ({@code 'fast'}). */
final class ValueDescriptions {

    private ValueDescriptions() {
    }

    /**
     * The value at the parser's current token: {@code 'fast'}, {@code a mapping}, {@code a list}, {@code nothing}.
     *
     * @throws IOException if YAML cannot give the scalar's text (a {@code !!binary} value that is not base64)
     */
    static String found(JsonParser p) throws IOException {
        if (p.currentToken() == null) return "nothing";
        return switch (p.currentToken()) {
            case START_OBJECT, FIELD_NAME, END_OBJECT -> "a mapping";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_NULL -> "nothing";
            default -> ConfigException.quote(p.getText() == null ? "" : p.getText());
        };
    }

    /** What a mapping or list of {@link ClusterFile} holds, for "expected ..., got ...". */
    static String expected(Class<?> type) {
        if (type != null && type.isRecord()) return "a mapping with " + String.join(", ", keys(type));
        // The file has one list.
        if (type != null && Collection.class.isAssignableFrom(type)) return "a list of nodes with id, raft and admin";
        return "another kind of value";
    }

    /** The keys of a mapping of {@link ClusterFile}, in the order the file documents them. */
    static List<String> keys(Class<?> mapping) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : mapping.getRecordComponents()) keys.add(StrictYamlMapper.KEY_NAMES.translate(c.getName()));
        return keys;
    }
}
