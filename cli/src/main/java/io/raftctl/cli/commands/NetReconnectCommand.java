package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "reconnect", description = "Undo 'net isolate NODE'.")
public final class NetReconnectCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Override
    protected void execute() {
        cluster().node(node);
        List<String> told = Targets.ids(Targets.apply(ctx(), List.of(), c -> c.reconnect(node)));
        Acks.many(out(), "net reconnect", told, node + " reconnected (told " + String.join(", ", told) + ")",
                Map.of("node", node));
    }
}
