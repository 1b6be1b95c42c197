package io.raftctl.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "trigger", description = "Arm, disarm and list failure triggers (explode, error, slow-apply DURATION).",
        subcommands = {TriggerSetCommand.class, TriggerClearCommand.class, TriggerListCommand.class})
public final class TriggerCommand extends GroupCommand {
}
