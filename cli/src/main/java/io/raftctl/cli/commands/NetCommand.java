package io.raftctl.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "net", description = {
        "Network faults.",
        "isolate, reconnect, split and heal are sent to every node (each node enforces them on its own traffic);"
                + " an unreachable node is skipped with a warning, and the command fails (exit 3) only if no node"
                + " could be told.",
        "hold, deliver, release and pending act on the named nodes (default: all)."},
        subcommands = {NetIsolateCommand.class, NetReconnectCommand.class, NetSplitCommand.class, NetHealCommand.class,
                NetHoldCommand.class, NetDeliverCommand.class, NetReleaseCommand.class, NetPendingCommand.class})
public final class NetCommand extends GroupCommand {
}
