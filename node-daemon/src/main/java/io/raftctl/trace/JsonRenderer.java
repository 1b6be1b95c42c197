package io.raftctl.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON document:
 * <pre>{"members":["n1",...],"sections":[{"number":1,"title":"...","rows":[{"node":"n1","name":"N-1",
 * "clock":3,"kind":"SEND","role":"CNDI","op":"...","delta":"","roles":["CNDI","FLWR","FLWR"]}]}]}</pre>
 */
final class JsonRenderer implements TraceRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(List<String> members, List<TraceSection> sections) {
        TraceNotation notation = new TraceNotation(members);
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode memberArray = root.putArray("members");
        members.forEach(memberArray::add);
        ArrayNode sectionArray = root.putArray("sections");
        for (TraceSection section : sections) {
            ObjectNode s = sectionArray.addObject();
            s.put("number", section.number());
            s.put("title", section.title());
            ArrayNode rows = s.putArray("rows");
            for (MergedRow m : section.rows()) {
                ObjectNode r = rows.addObject();
                r.put("node", m.nodePosition() < members.size() ? members.get(m.nodePosition()) : m.event().node());
                r.put("name", m.nodeName());
                r.put("clock", m.event().clock());
                r.put("kind", m.event().kind().name());
                r.put("role", TraceNotation.role(m.event().role()));
                r.put("op", notation.op(m.event()));
                r.put("delta", TraceNotation.delta(m.event().delta()));
                ArrayNode roles = r.putArray("roles");
                m.roles().forEach(role -> roles.add(TraceNotation.role(role)));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serializes; this would be a bug.
            throw new UncheckedIOException(e);
        }
    }
}
