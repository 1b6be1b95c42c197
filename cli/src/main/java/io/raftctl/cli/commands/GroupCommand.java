package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;

/** A command that only groups subcommands ({@code net}, {@code trace}, {@code trigger}). */
abstract class GroupCommand extends BaseCommand {

    @Override
    protected void execute() {
        throw CliException.usage("missing subcommand for '" + spec.qualifiedName() + "' (one of "
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
