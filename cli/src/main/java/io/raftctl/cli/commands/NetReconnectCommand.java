package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "reconnect", description = "Undo 'net isolate NODE'.")
public final class NetReconnectCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        cluster().node(node.id);
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.reconnect(node.id));
        PartitionBroadcast.warnOfOldRules(ctx(), r);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("node", node.id);
        extra.putAll(r.fields());
        Acks.many(out(), "net reconnect", r.told(), node.id + " reconnected (" + r.toldText() + ")", extra);
    }
}
