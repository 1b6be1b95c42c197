package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "isolate", description = "Cut NODE off from every peer, both directions.")
public final class NetIsolateCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        cluster().node(node.id);
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.isolate(node.id));
        boolean inForce = PartitionBroadcast.warnIfNotInForce(ctx(), NetRules.isolating(node.id), r);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("node", node.id);
        extra.putAll(r.fields());
        extra.put("in_force", inForce);
        Acks.many(out(), "net isolate", r.told(), node.id + " isolated (" + r.toldText() + ")", extra);
    }
}
