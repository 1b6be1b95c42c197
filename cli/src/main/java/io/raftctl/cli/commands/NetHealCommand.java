package io.raftctl.cli.commands;

import io.raftctl.cli.client.NodeAdmin;
import picocli.CommandLine.Command;


@Command(name = "heal", description = "Remove every partition and isolation.")
public final class NetHealCommand extends BaseCommand {

    @Override
    protected void execute() {
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), NodeAdmin::heal);
        PartitionBroadcast.warnOfOldRules(ctx(), r);
        out().result("network healed (" + r.toldText() + ")", new Acks.PartitionAck("net heal", r, null, null, null));
    }
}
