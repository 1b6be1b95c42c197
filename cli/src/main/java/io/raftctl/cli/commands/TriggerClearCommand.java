package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "clear", description = "Disarm trigger NAME at NODE, or every trigger when no NAME is given.")
public final class TriggerClearCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Parameters(index = "1", paramLabel = "NAME", arity = "0..1", completionCandidates = Args.TriggerCandidates.class)
    String name;

    @Override
    protected void execute() {
        if (name != null) TriggerSetCommand.parse(name);
        var ack = clients().node(node).triggerClear(name);
        Acks.single(out(), "trigger clear", node, ack,
                name == null ? "cleared every trigger at " + node : "cleared " + name + " at " + node);
    }
}
