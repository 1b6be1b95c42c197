package io.raftctl.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "net", description = {
        "Network faults.",
        "isolate, reconnect, split and heal are sent to every node at once; each node enforces them on what it sends"
                + " and receives, so a pair of nodes is cut once either end has the rule. An unreachable node is skipped"
                + " with a warning, and the command fails (exit 3) only if no node could be told.",
        "These rules survive a node's restart: each node keeps them beside its data until net heal.",
        "hold, deliver, release and pending act on the named nodes (default: all)."},
        subcommands = {NetIsolateCommand.class, NetReconnectCommand.class, NetSplitCommand.class, NetHealCommand.class,
                NetHoldCommand.class, NetDeliverCommand.class, NetReleaseCommand.class, NetPendingCommand.class})
public final class NetCommand extends GroupCommand {
}
