package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "isolate", description = "Cut NODE off from every peer, both directions.")
public final class NetIsolateCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Override
    protected void execute() {
        cluster().node(node);
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.isolate(node));
        boolean inForce = PartitionBroadcast.warnIfNotInForce(ctx(), NetRules.isolating(node), r);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("node", node);
        extra.putAll(r.fields());
        extra.put("in_force", inForce);
        Acks.many(out(), "net isolate", r.told(), node + " isolated (" + r.toldText() + ")", extra);
    }
}
