package io.raftctl.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "watch", description = "Live views, redrawn until a key is pressed.",
        subcommands = {WatchStatusCommand.class})
public final class WatchCommand extends GroupCommand {
}
