package io.raftctl.cli.commands;

import io.raftctl.cli.client.NodeAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "hold", description = {
        "Queue NODE's outgoing Raft messages instead of sending them (default: every node).",
        "Partitions apply when a message is delivered, not when it is queued.",
        "On the simulator (raftctl run --sim) held messages are the ones in flight: they wait for net deliver, net"
                + " release, or the simulator-only lines deliver, drop and stabilize."})
public final class NetHoldCommand extends BaseCommand {

    @Mixin
    NodeList nodes;

    @Override
    protected void execute() {
        List<String> done = Targets.ids(Targets.apply(ctx(), nodes.ids, NodeAdmin::hold));
        Acks.many(out(), "net hold", done, "holding outgoing messages at " + String.join(", ", done));
    }
}
