package io.raftctl.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.time.Duration;

/**
 * The databind settings for cluster files: nothing is ignored or guessed. Unknown and duplicate keys and a
 * second document are errors. Scalars are read by {@link ScalarDeserializers}, which accept what YAML users
 * write ({@code timers: off}, {@code cluster: 2024}); {@link ShapeCheck} reads a mapping only from a mapping and
 * a list only from a list; coercion is off, so that a type given no deserializer here (a {@code Long}, say)
 * is read strictly by databind's own: no number from text, from {@code 1.5} or from {@code [1]}.
 */
final class StrictYamlMapper {

    /** Keys are the record components' names in snake case: {@code maxInflight} is {@code max_inflight}. */
    static final PropertyNamingStrategies.NamingBase KEY_NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    static final ObjectMapper MAPPER = build();

    private StrictYamlMapper() {
    }

    private static ObjectMapper build() {
        ObjectMapper mapper = YAMLMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // No primitives in ClusterFile today (a missing key is null, then a default); kept for any added.
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .propertyNamingStrategy(KEY_NAMES)
                .addModule(clusterFileTypes())
                .build();
        var defaults = mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        // Every shape for every type: databind converts nothing into anything else.
        for (CoercionInputShape shape : CoercionInputShape.values()) defaults.setCoercion(shape, CoercionAction.Fail);
        return mapper;
    }

    /**
     * How each type of {@link ClusterFile} reads. By type rather than by annotations on the records: in the
     * cold JVM of a one-shot command, reading them took about half the time of building the deserializers.
     */
    private static SimpleModule clusterFileTypes() {
        return new SimpleModule("cluster-file")
                .addDeserializer(String.class, new ScalarDeserializers.Name())
                .addDeserializer(ClusterFile.DirectoryPath.class, new ScalarDeserializers.DirectoryPath())
                .addDeserializer(ClusterFile.FilePath.class, new ScalarDeserializers.FilePath())
                .addDeserializer(Boolean.class, new ScalarDeserializers.TrueFalse())
                .addDeserializer(ClusterFile.OnOff.class, new ScalarDeserializers.OnOff())
                .addDeserializer(Integer.class, new ScalarDeserializers.PositiveInt())
                .addDeserializer(Duration.class, new ScalarDeserializers.PositiveDuration())
                .addDeserializer(HostPort.class, new ScalarDeserializers.Address())
                .addDeserializer(StateMachineKind.class, new ScalarDeserializers.StateMachine())
                .addDeserializer(locatedType(), new LocatedDeserializer())
                .setDeserializerModifier(new ShapeCheck());
    }

    /** {@code Located.class} as the module's typed method wants it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Located<?>> locatedType() {
        return (Class) Located.class;
    }
}
