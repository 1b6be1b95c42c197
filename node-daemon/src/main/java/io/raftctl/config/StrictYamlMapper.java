package io.raftctl.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The databind settings for cluster files: nothing is ignored or guessed. Unknown and duplicate keys and a
 * second document are errors. Scalars are read by {@link ScalarDeserializers}, which accept what YAML users
 * write ({@code timers: off}, {@code cluster: 2024}); {@link ShapeCheck} reads a mapping only from a mapping and
 * a list only from a list; coercion is off, so that a key added without a scalar deserializer of its own gets
 * databind's strict one ({@code "true"} is no boolean, {@code 1.5} no count, {@code [1]} no number).
 */
final class StrictYamlMapper {

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
                .addModule(new SimpleModule("cluster-file-shapes").setDeserializerModifier(new ShapeCheck()))
                .build();
        var defaults = mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        // Every shape for every type: databind converts nothing into anything else.
        for (CoercionInputShape shape : CoercionInputShape.values()) defaults.setCoercion(shape, CoercionAction.Fail);
        return mapper;
    }
}
