package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Command(name = "list", description = "Show armed triggers at NODE (default: every node).")
public final class TriggerListCommand extends BaseCommand {

    /** Each node's armed triggers and their values (null for a trigger without one), by node id. */
    record ArmedTriggers(Map<String, Map<String, String>> triggers) {
    }

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..1")
    String node;

    @Override
    protected void execute() {
        List<NodeReply<AdminDtos.Triggers>> replies =
                Targets.apply(ctx(), node == null ? List.of() : List.of(node), NodeAdmin::triggers);
        Map<String, Map<String, String>> byNode = new LinkedHashMap<>();
        Table t = new Table().column("NODE").column("TRIGGER").column("VALUE");
        for (NodeReply<AdminDtos.Triggers> r : replies) {
            Map<String, String> armed = r.value().triggers() == null ? Map.of() : r.value().triggers();
            byNode.put(r.id(), armed);
            new TreeMap<>(armed).forEach((name, value) -> t.row(r.id(), name, value == null ? "" : value));
        }
        if (out().json()) out().document(new ArmedTriggers(byNode));
        else if (t.isEmpty()) out().line("no triggers armed");
        else out().table(t);
    }
}
