package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.client.NodeAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "hold", description = {
        "Queue NODE's outgoing Raft messages instead of sending them (default: every node).",
        "Partitions apply when a message is delivered, not when it is queued."})
public final class NetHoldCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*")
    List<String> nodes;

    @Override
    protected void execute() {
        List<String> done = Targets.ids(Targets.apply(ctx(), nodes, NodeAdmin::hold));
        Acks.many(out(), "net hold", done, "holding outgoing messages at " + String.join(", ", done), Map.of());
    }
}
