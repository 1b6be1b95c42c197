package io.raftctl.cli.commands;

import io.raftctl.cli.client.NodeAdmin;
import picocli.CommandLine.Command;


@Command(name = "heal", description = "Remove every partition and isolation.")
public final class NetHealCommand extends BaseCommand {

    @Override
    protected void execute() {
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), NodeAdmin::heal);
        PartitionBroadcast.warnOfOldRules(ctx(), r);
        Acks.many(out(), "net heal", r.told(), "network healed (" + r.toldText() + ")", r.fields());
    }
}
