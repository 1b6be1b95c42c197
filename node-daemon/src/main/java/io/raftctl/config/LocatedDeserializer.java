package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;

/** Reads a {@link Located} value: notes the line where the value starts, then reads it as its type reads. */
final class LocatedDeserializer extends JsonDeserializer<Located<?>> implements ContextualDeserializer {

    private final JavaType valueType;
    private final JsonDeserializer<?> valueDeserializer;

    /** The one to register: databind then asks {@link #createContextual} for one per value type. */
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
        return new LocatedDeserializer(type, ctxt.findContextualValueDeserializer(type, property));
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
