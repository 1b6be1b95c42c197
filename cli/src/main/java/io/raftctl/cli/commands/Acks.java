package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /**
     * A partition change acknowledged: the nodes told, the change ({@code node} or {@code groups}), the nodes that
     * missed it (only when some did), and for a cut, whether it holds (a pair is cut once either end has the rule).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartitionAck(boolean ok, String action, List<String> nodes, String node, List<List<String>> groups,
                        List<String> missed, @JsonProperty("in_force") Boolean inForce) {

        PartitionAck(String action, PartitionBroadcast.Result result, String node, List<List<String>> groups, Boolean inForce) {
            this(true, action, result.told(), node, groups, result.missed().isEmpty() ? null : result.missed(), inForce);
        }
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
