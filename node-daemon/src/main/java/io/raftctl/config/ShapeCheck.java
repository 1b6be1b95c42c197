package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;

import java.io.IOException;

/**
 * Reads a mapping of {@link ClusterFile} only from a YAML mapping and a list only from a YAML list. Anything
 * else is refused before databind looks at it: databind would first try to convert a scalar, and fail on
 * {@code election_timeout: .inf} as a malformed number rather than as a scalar where a mapping belongs.
 */
final class ShapeCheck extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                  JsonDeserializer<?> deserializer) {
        // Only the mappings databind binds itself: a record read from a scalar has a deserializer of its own.
        return deserializer instanceof BeanDeserializerBase ? new Guard(deserializer, JsonToken.START_OBJECT) : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                            BeanDescription bean, JsonDeserializer<?> deserializer) {
        return new Guard(deserializer, JsonToken.START_ARRAY);
    }

    private static final class Guard extends DelegatingDeserializer {
        private final JsonToken start;

        Guard(JsonDeserializer<?> delegate, JsonToken start) {
            super(delegate);
            this.start = start;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guard(delegate, start);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(start)) return ctxt.handleUnexpectedToken(handledType(), p);
            return super.deserialize(p, ctxt);
        }
    }
}
