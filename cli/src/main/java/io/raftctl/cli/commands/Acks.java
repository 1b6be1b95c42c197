package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.output.Output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How actions report success: a line of text, or {@code {"ok":true,...}} in JSON. */
final class Acks {

    private Acks() {
    }

    /** One node acted; the daemon's {@code detail}, when it has one, replaces the default text. */
    static void single(Output out, String action, String node, AdminDtos.Ack ack, String text) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", true);
        doc.put("action", action);
        doc.put("node", node);
        if (ack != null && ack.detail() != null) doc.put("detail", ack.detail());
        out.result(ack != null && ack.detail() != null ? node + ": " + ack.detail() : text, doc);
    }

    /** Several nodes acted. */
    static void many(Output out, String action, List<String> nodes, String text, Map<String, Object> extra) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", true);
        doc.put("action", action);
        doc.put("nodes", nodes);
        doc.putAll(extra);
        out.result(text, doc);
    }
}
