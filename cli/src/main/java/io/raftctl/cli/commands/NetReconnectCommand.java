package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reconnect", description = "Undo 'net isolate NODE'.")
public final class NetReconnectCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        cluster().node(node.id);
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.reconnect(node.id));
        PartitionBroadcast.warnOfOldRules(ctx(), r);
        out().result(node.id + " reconnected (" + r.toldText() + ")", new Acks.PartitionAck("net reconnect", r, node.id, null, null));
    }
}
