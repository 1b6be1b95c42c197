package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "pending", description = "List NODE's queued messages in trace shorthand (default: every node).")
public final class NetPendingCommand extends BaseCommand {

    /** Each node's queued messages, by node id. */
    record PendingMessages(Map<String, List<String>> pending) {
    }

    @Mixin
    NodeList nodes;

    @Override
    protected void execute() {
        List<NodeReply<AdminDtos.Pending>> replies = Targets.apply(ctx(), nodes.ids, NodeAdmin::pending);
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        for (NodeReply<AdminDtos.Pending> r : replies) {
            byNode.put(r.id(), r.value().pending() == null ? List.of() : r.value().pending());
        }
        if (out().json()) {
            out().document(new PendingMessages(byNode));
            return;
        }
        byNode.forEach((id, messages) -> {
            out().line(id + ": " + (messages.isEmpty() ? "nothing queued" : messages.size() + " queued"));
            for (int i = 0; i < messages.size(); i++) out().line("  " + (i + 1) + ". " + messages.get(i));
        });
    }
}
