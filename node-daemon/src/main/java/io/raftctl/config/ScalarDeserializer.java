package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * A scalar of the cluster file read from its text. A list, a mapping or a scalar of a kind the key does not
 * take is refused as "expected ..., got ..." naming what the key expects; {@link #convert} refuses a text
 * of the wrong form. Null never gets here: databind makes it an absent key.
 */
abstract class ScalarDeserializer<T> extends StdDeserializer<T> {

    private final String expected;

    /** @param expected what the key takes, as in "expected a duration like 50ms" */
    protected ScalarDeserializer(Class<T> type, String expected) {
        super(type);
        this.expected = expected;
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL || !takes(t)) {
            throw invalid(p, "expected " + expected + ", got " + ValueDescriptions.found(p));
        }
        String text = p.getText();
        return convert(text == null ? "" : text, p);
    }

    /** What the key takes: {@code a duration like 50ms}. */
    protected final String expected() {
        return expected;
    }

    /** Whether the key takes a scalar of this kind; any by default ({@code cluster: 2024} is a name). */
    protected boolean takes(JsonToken scalar) {
        return true;
    }

    /** @throws InvalidValueException if the text is not of the form the key takes */
    protected abstract T convert(String text, JsonParser p) throws InvalidValueException;

    protected static InvalidValueException invalid(JsonParser p, String problem) {
        return new InvalidValueException(p, problem);
    }
}
