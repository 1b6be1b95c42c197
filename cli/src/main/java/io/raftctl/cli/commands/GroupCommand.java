package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import picocli.CommandLine;

import java.util.List;

/**
 * A command that only groups subcommands ({@code net}, {@code trace}, {@code trigger}, {@code watch}). A plain verb
 * is a method of the group, annotated with {@code @Command}, whose body runs through {@link #run} as a command
 * class's {@code execute} does; a verb with options and logic of its own is a command class.
 */
abstract class GroupCommand extends BaseCommand {

    /**
     * The group's verbs in the order help lists them: the name of one of this class's {@code @Command} methods, or a
     * command class. Listed rather than found by picocli, which would add methods in an order of its own.
     */
    abstract List<Object> verbs();

    /** Adds the verbs to {@code group}, the model of this command. */
    final void addVerbs(CommandLine group) {
        for (Object verb : verbs()) {
            if (verb instanceof String method) group.addSubcommand(method, CommandLine.getCommandMethods(getClass(), method).get(0));
            else group.addSubcommand(verb);
        }
    }

    @Override
    protected void execute() {
        throw CliException.usage("missing subcommand for '" + spec.qualifiedName() + "' (one of "
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
