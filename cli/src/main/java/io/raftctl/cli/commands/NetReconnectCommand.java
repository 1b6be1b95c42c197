package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "reconnect", description = "Undo 'net isolate NODE'.")
public final class NetReconnectCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Override
    protected void execute() {
        cluster().node(node);
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.reconnect(node));
        PartitionBroadcast.warnOfOldRules(ctx(), r);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("node", node);
        extra.putAll(r.fields());
        Acks.many(out(), "net reconnect", r.told(), node + " reconnected (" + r.toldText() + ")", extra);
    }
}
