package io.raftctl.cli.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin API's requests and answers (the records of {@code io.raftctl.admin.AdminDtos}) to and from JSON,
 * with jackson-core's streaming parser and generator, the way jackson-databind maps them: a component is
 * named by its {@code @JsonProperty}, else by itself; unknown fields are ignored, missing ones are null, 0
 * or false. Databind builds its (de)serializers by introspection in every new process, tens of milliseconds
 * of a one-shot command's start-up; RecordJsonTest checks every AdminDtos record against it.
 */
public final class RecordJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /** @throws JsonParseException if {@code json} is not JSON, or not of {@code type}'s shape */
    public static <T> T read(String json, Class<T> type) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() == null) throw new JsonParseException(p, "no content");
            return type.cast(value(p, type));
        }
    }

    /** {@code value} (a record, a map, a list, text, a number, a boolean or null) as JSON. */
    public static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            write(g, value);
        }
        return bytes.toByteArray();
    }

    private static Object value(JsonParser p, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (p.currentToken() == JsonToken.VALUE_NULL) return emptyValue(raw);
        if (raw == String.class) return scalar(p, raw).getValueAsString();
        if (raw == long.class || raw == Long.class) return scalar(p, raw).getValueAsLong();
        if (raw == int.class || raw == Integer.class) return scalar(p, raw).getValueAsInt();
        if (raw == boolean.class || raw == Boolean.class) return scalar(p, raw).getValueAsBoolean();
        if (List.class.isAssignableFrom(raw)) {
            expect(p, JsonToken.START_ARRAY, raw);
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p, argument(type, 0)));
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            expect(p, JsonToken.START_OBJECT, raw);
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, value(p, argument(type, 1)));
            }
            return map;
        }
        if (raw.isRecord()) return shape(raw).read(p);
        throw new IllegalArgumentException("no JSON mapping for " + type);
    }

    private static JsonParser scalar(JsonParser p, Class<?> type) throws IOException {
        if (!p.currentToken().isScalarValue()) {
            throw new JsonParseException(p, "expected a value for " + type.getSimpleName() + ", found " + p.currentToken());
        }
        return p;
    }

    private static void expect(JsonParser p, JsonToken token, Class<?> type) throws IOException {
        if (p.currentToken() != token) {
            throw new JsonParseException(p, "expected " + token + " for " + type.getSimpleName() + ", found " + p.currentToken());
        }
    }

    /** What a missing field or a JSON null becomes: 0 or false for a primitive, else null. */
    private static Object emptyValue(Class<?> type) {
        if (type == long.class) return 0L;
        if (type == int.class) return 0;
        if (type == boolean.class) return false;
        return null;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[index] : Object.class;
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) write(g, item);
            g.writeEndArray();
        } else if (value instanceof Record record) {
            shape(record.getClass()).write(g, record);
        } else {
            throw new IllegalArgumentException("no JSON mapping for " + value.getClass());
        }
    }

    private static Shape shape(Class<?> record) {
        return SHAPES.computeIfAbsent(record, Shape::of);
    }

    /** A record's components, by their JSON names, and its canonical constructor. */
    private record Shape(RecordComponent[] components, String[] names, Map<String, Integer> byName,
                         Constructor<?> constructor) {

        static Shape of(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            String[] names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                JsonProperty property = components[i].getAccessor().getAnnotation(JsonProperty.class);
                names[i] = property == null || property.value().isEmpty() ? components[i].getName() : property.value();
                types[i] = components[i].getType();
                byName.put(names[i], i);
            }
            try {
                return new Shape(components, names, byName, record.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + record, e);
            }
        }

        Object read(JsonParser p) throws IOException {
            expect(p, JsonToken.START_OBJECT, constructor.getDeclaringClass());
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) values[i] = emptyValue(components[i].getType());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer i = byName.get(p.currentName());
                p.nextToken();
                if (i == null) p.skipChildren();
                else values[i] = value(p, components[i].getGenericType());
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new JsonParseException(p, "cannot make a " + constructor.getDeclaringClass().getSimpleName() + ": " + e);
            }
        }

        void write(JsonGenerator g, Record record) throws IOException {
            g.writeStartObject();
            for (int i = 0; i < components.length; i++) {
                g.writeFieldName(names[i]);
                try {
                    RecordJson.write(g, components[i].getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + names[i] + " of " + record.getClass(), e);
                }
            }
            g.writeEndObject();
        }
    }
}
