package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.statemachine.Trigger;
import io.raftctl.util.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "set", description = {
        "Arm a failure trigger at NODE:",
        "  explode             applying a command throws",
        "  error               applying a command reports a handled failure",
        "  slow-apply DURATION every apply takes DURATION longer"})
public final class TriggerSetCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Parameters(index = "1", paramLabel = "NAME", completionCandidates = Args.TriggerCandidates.class)
    String name;

    @Parameters(index = "2", paramLabel = "VALUE", arity = "0..1")
    String value;

    @Override
    protected void execute() {
        Trigger trigger = parse(name);
        if (trigger.takesDuration()) {
            if (value == null) throw CliException.usage("trigger " + name + " needs a duration, e.g. 'trigger set " + node.id + " " + name + " 200ms'");
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
    }

    static Trigger parse(String name) {
        try {
            return Trigger.parse(name);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
