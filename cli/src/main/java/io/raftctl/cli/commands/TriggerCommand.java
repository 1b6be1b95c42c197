package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.output.Table;
import io.raftctl.statemachine.Trigger;
import io.raftctl.util.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Command(name = "trigger", description = "Arm, disarm and list failure triggers (explode, error, slow-apply DURATION).")
public final class TriggerCommand extends GroupCommand {

    /** Each node's armed triggers and their values (null for a trigger without one), by node id. */
    record ArmedTriggers(Map<String, Map<String, String>> triggers) {
    }

    @Override
    List<Object> verbs() {
        return List.of("set", "clear", "list");
    }

    @Command(name = "set", description = {
            "Arm a failure trigger at NODE:",
            "  explode             applying a command throws",
            "  error               applying a command reports a handled failure",
            "  slow-apply DURATION every apply takes DURATION longer"})
    void set(@Mixin NodeParameter node,
             @Parameters(index = "1", paramLabel = "NAME", completionCandidates = Args.TriggerCandidates.class) String name,
             @Parameters(index = "2", paramLabel = "VALUE", arity = "0..1") String value) throws Exception {
        run(() -> {
            Trigger trigger = parse(name);
            if (trigger.takesDuration()) {
                if (value == null) {
                    throw CliException.usage("trigger " + name + " needs a duration, e.g. 'trigger set " + node.id + " " + name + " 200ms'");
                }
                try {
                    Durations.parse(value);
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
            } else if (value != null) {
                throw CliException.usage("trigger " + name + " takes no value");
            }
            cluster().node(node.id);
            var ack = clients().node(node.id).triggerSet(trigger.label(), value);
            Acks.single(out(), "trigger set", node.id, ack, "armed " + name + (value == null ? "" : " " + value) + " at " + node.id);
        });
    }

    @Command(name = "clear", description = "Disarm trigger NAME at NODE, or every trigger when no NAME is given.")
    void clear(@Mixin NodeParameter node,
               @Parameters(index = "1", paramLabel = "NAME", arity = "0..1", completionCandidates = Args.TriggerCandidates.class)
               String name) throws Exception {
        run(() -> {
            if (name != null) parse(name);
            var ack = clients().node(node.id).triggerClear(name);
            Acks.single(out(), "trigger clear", node.id, ack,
                    name == null ? "cleared every trigger at " + node.id : "cleared " + name + " at " + node.id);
        });
    }

    @Command(name = "list", description = "Show armed triggers at NODE (default: every node).")
    void list(@Parameters(index = "0", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..1")
              String node) throws Exception {
        run(() -> {
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
        });
    }

    private static Trigger parse(String name) {
        try {
            return Trigger.parse(name);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
