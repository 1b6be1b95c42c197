package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "clear", description = "Disarm trigger NAME at NODE, or every trigger when no NAME is given.")
public final class TriggerClearCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Parameters(index = "1", paramLabel = "NAME", arity = "0..1", completionCandidates = Args.TriggerCandidates.class)
    String name;

    @Override
    protected void execute() {
        if (name != null) TriggerSetCommand.parse(name);
        var ack = clients().node(node.id).triggerClear(name);
        Acks.single(out(), "trigger clear", node.id, ack,
                name == null ? "cleared every trigger at " + node.id : "cleared " + name + " at " + node.id);
    }
}
