package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "isolate", description = "Cut NODE off from every peer, both directions.")
public final class NetIsolateCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Override
    protected void execute() {
        cluster().node(node);
        List<String> told = Targets.ids(Targets.apply(ctx(), List.of(), c -> c.isolate(node)));
        Acks.many(out(), "net isolate", told, node + " isolated (told " + String.join(", ", told) + ")",
                Map.of("node", node));
    }
}
