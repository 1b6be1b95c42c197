package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.output.Output;

import java.util.List;

/** How actions report success: a line of text, or an acknowledgement in JSON (docs/json-output.md, Conventions). */
final class Acks {

    /** One node acted; {@code detail} is the daemon's, when it said what it did. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NodeAck(boolean ok, String action, String node, String detail) {
    }

    /** Several nodes acted, and the action has nothing more to say. */
    record NodesAck(boolean ok, String action, List<String> nodes) {
    }

    private Acks() {
    }

    /** One node acted; the daemon's {@code detail}, when it has one, replaces the default text. */
    static void single(Output out, String action, String node, AdminDtos.Ack ack, String text) {
        String detail = ack == null ? null : ack.detail();
        out.result(detail != null ? node + ": " + detail : text, new NodeAck(true, action, node, detail));
    }

    /** Several nodes acted. */
    static void many(Output out, String action, List<String> nodes, String text) {
        out.result(text, new NodesAck(true, action, nodes));
    }
}
