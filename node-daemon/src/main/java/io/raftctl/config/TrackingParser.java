package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML parser as databind reads it, noting what Jackson's exceptions do not say: the line of each key
 * (databind reports an unknown key only once its whole mapping is read, and the duplicate check does not say
 * where the first one was) and how many root values began (a second one is a second YAML document).
 */
final class TrackingParser extends JsonParserDelegate {

    private final Map<FieldPath, Integer> keyLines = new HashMap<>();
    private int rootValues;

    TrackingParser(JsonParser yaml) {
        super(yaml);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = super.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            keyLines.putIfAbsent(FieldPath.of(getParsingContext()), currentTokenLocation().getLineNr());
        } else if (t != null && beginsRootValue(t)) {
            rootValues++;
        }
        return t;
    }

    /** As {@link JsonParser#nextValue()}, through {@link #nextToken()} (the delegate's would skip the notes). */
    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    /** The line where the key at {@code path} was first given. */
    Optional<Integer> keyLine(FieldPath path) {
        return Optional.ofNullable(keyLines.get(path));
    }

    /** How many root values (YAML documents) have begun so far. */
    int rootValuesBegun() {
        return rootValues;
    }

    private boolean beginsRootValue(JsonToken t) {
        if (t.isStructEnd()) return false;
        JsonStreamContext c = getParsingContext();
        return t.isStructStart() ? c.getParent() != null && c.getParent().inRoot() : c.inRoot();
    }
}
