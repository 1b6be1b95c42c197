package io.raftctl.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "trace", description = "The nodes' merged trace, in the notation of the seed document (docs/trace-notation.md).",
        subcommands = {TraceSectionCommand.class, TraceShowCommand.class, TraceClearCommand.class})
public final class TraceCommand extends GroupCommand {
}
