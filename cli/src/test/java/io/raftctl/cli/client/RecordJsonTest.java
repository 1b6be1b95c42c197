package io.raftctl.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.raftctl.admin.AdminDtos;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RecordJson maps every admin request and answer as jackson-databind (Json.MAPPER) does. */
class RecordJsonTest {

    @Test
    void everyAdminRecordReadsAsDatabindReadsIt() throws Exception {
        for (Class<?> record : records()) {
            Object sample = sample(record, 1);
            String json = Json.MAPPER.writeValueAsString(sample);
            assertThat(RecordJson.read(json, record)).as(record.getSimpleName() + " from " + json)
                    .isEqualTo(Json.MAPPER.readValue(json, record)).isEqualTo(sample);
        }
    }

    @Test
    void everyAdminRecordWritesAsDatabindWritesIt() throws Exception {
        for (Class<?> record : records()) {
            Object sample = sample(record, 2);
            String written = new String(RecordJson.write(sample), StandardCharsets.UTF_8);
            assertThat(Json.MAPPER.readTree(written)).as(record.getSimpleName() + ": " + written)
                    .isEqualTo(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(sample)));
        }
        assertThat(new String(RecordJson.write(Map.of()), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(new String(RecordJson.write(new AdminDtos.ElectRequest(null)), StandardCharsets.UTF_8))
                .isEqualTo("{\"force\":null}");
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingOrNullOnesAreEmpty() throws IOException {
        AdminDtos.LogEntry entry = RecordJson.read(
                "{\"index\":3,\"kind\":null,\"later\":{\"a\":[1,{\"b\":2}]},\"committed\":true}", AdminDtos.LogEntry.class);
        assertThat(entry).isEqualTo(new AdminDtos.LogEntry(3, 0, null, null, true, false))
                .isEqualTo(Json.MAPPER.readValue("{\"index\":3,\"kind\":null,\"later\":{\"a\":[1,{\"b\":2}]},\"committed\":true}",
                        AdminDtos.LogEntry.class));
        assertThat(RecordJson.read("{\"ok\":true}", AdminDtos.Ack.class)).isEqualTo(new AdminDtos.Ack(true, null));
    }

    @Test
    void textThatIsNotJsonOfTheRecordsShapeIsAJsonError() {
        assertThatThrownBy(() -> RecordJson.read("not json", AdminDtos.Ack.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> RecordJson.read("", AdminDtos.Ack.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> RecordJson.read("[1]", AdminDtos.Ack.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> RecordJson.read("{\"ok\":{}}", AdminDtos.Ack.class)).isInstanceOf(JsonProcessingException.class);
    }

    private static List<Class<?>> records() {
        List<Class<?>> records = Arrays.stream(AdminDtos.class.getDeclaredClasses()).filter(Class::isRecord)
                .<Class<?>>map(c -> c).toList();
        assertThat(records).hasSizeGreaterThan(15);
        return records;
    }

    /** An instance of {@code record} with a value in every component, different for each {@code seed}. */
    private static Object sample(Class<?> record, int seed) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleValue(components[i].getGenericType(), seed + i);
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object sampleValue(Type type, int seed) throws Exception {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw == String.class) return "text-" + seed;
        if (raw == long.class || raw == Long.class) return 1000L + seed;
        if (raw == int.class || raw == Integer.class) return 10 + seed;
        if (raw == boolean.class || raw == Boolean.class) return seed % 2 == 1;
        if (raw.isRecord()) return sample(raw, seed);
        Type[] args = ((ParameterizedType) type).getActualTypeArguments();
        if (raw == List.class) {
            List<Object> list = new ArrayList<>();
            list.add(sampleValue(args[0], seed));
            list.add(sampleValue(args[0], seed + 1));
            return list;
        }
        if (raw == Map.class) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("k" + seed, sampleValue(args[1], seed));
            return map;
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
