package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "isolate", description = "Cut NODE off from every peer, both directions.")
public final class NetIsolateCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        cluster().node(node.id);
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.isolate(node.id));
        boolean inForce = PartitionBroadcast.warnIfNotInForce(ctx(), NetRules.isolating(node.id), r);
        out().result(node.id + " isolated (" + r.toldText() + ")", new Acks.PartitionAck("net isolate", r, node.id, null, inForce));
    }
}
