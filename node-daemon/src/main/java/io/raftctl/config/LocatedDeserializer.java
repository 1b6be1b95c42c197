package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;

/**
 * Reads a {@link Located} value: notes the line where the value starts, then reads it with the deserializer
 * the property names ({@code @JsonDeserialize(contentUsing = ...)}) or else the one databind has for its type.
 */
final class LocatedDeserializer extends JsonDeserializer<Located<?>> implements ContextualDeserializer {

    private final JavaType valueType;
    private final JsonDeserializer<?> valueDeserializer;

    /** For {@code @JsonDeserialize(using = ...)}: databind then asks {@link #createContextual} for the real one. */
    LocatedDeserializer() {
        this(null, null);
    }

    private LocatedDeserializer(JavaType valueType, JsonDeserializer<?> valueDeserializer) {
        this.valueType = valueType;
        this.valueDeserializer = valueDeserializer;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
        JavaType type = ctxt.getContextualType().containedType(0);
        JsonDeserialize named = property == null ? null : property.getAnnotation(JsonDeserialize.class);
        JsonDeserializer<?> deserializer = named != null && named.contentUsing() != JsonDeserializer.None.class
                ? ctxt.deserializerInstance(property.getMember(), named.contentUsing())
                : ctxt.findContextualValueDeserializer(type, property);
        return new LocatedDeserializer(type, deserializer);
    }

    @Override
    public Located<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        return new Located<>(valueDeserializer.deserialize(p, ctxt), line);
    }

    /**
     * A key given no value ({@code heartbeat:}) is absent, as if not written; a list item given none
     * ({@code - }) is a node with nothing in it, refused here because nothing later could name its line.
     */
    @Override
    public Located<?> getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        JsonParser p = ctxt.getParser();
        if (p != null && p.getParsingContext().inArray()) {
            throw MismatchedInputException.from(p, valueType, "a list item without a value");
        }
        return null;
    }

    /** A missing key is absent too; without this, databind would ask {@link #getNullValue}, in any context. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
