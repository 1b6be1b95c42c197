package io.raftctl.config;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a value sits in the cluster file: key names and list positions from the root, shown as errors name
 * fields ({@code nodes[1].admin}). Built from the parser's position or from the path databind gives an
 * exception, so that both can be compared.
 *
 * @param steps key names ({@link String}) and list positions ({@link Integer}), outermost first
 */
record FieldPath(List<Object> steps) {

    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath {
        steps = List.copyOf(steps);
    }

    /** The position of the parser's current token: for a key, the path of that key. */
    static FieldPath of(JsonStreamContext context) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) steps.add(c.getCurrentIndex());
            else if (c.getCurrentName() != null) steps.add(c.getCurrentName());
        }
        Collections.reverse(steps);
        return new FieldPath(steps);
    }

    /** The path databind gives an exception as it leaves each mapping and list. */
    static FieldPath of(List<JsonMappingException.Reference> references) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) steps.add(r.getFieldName());
            else if (r.getIndex() >= 0) steps.add(r.getIndex());
        }
        return new FieldPath(steps);
    }

    FieldPath key(String name) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(name);
        return new FieldPath(longer);
    }

    FieldPath index(int i) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(i);
        return new FieldPath(longer);
    }

    /** The mapping or list that holds this value; the root's parent is the root. */
    FieldPath parent() {
        return steps.isEmpty() ? this : new FieldPath(steps.subList(0, steps.size() - 1));
    }

    /** {@code raft.heartbeat}, {@code nodes[1]}; empty for the file as a whole. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer i) s.append('[').append(i).append(']');
            else s.append(s.length() == 0 ? "" : ".").append(step);
        }
        return s.toString();
    }
}
