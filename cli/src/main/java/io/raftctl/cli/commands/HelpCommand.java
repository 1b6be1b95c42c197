package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code help [COMMAND...]}: the usage of raftctl or of any command, subcommands included ({@code help trace show}). */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of raftctl, or of a command: help status, help trace show.")
public final class HelpCommand extends BaseCommand implements ReadsWholeModel {

    /** A command's usage: {@code options} by their long names. */
    record Usage(String command, String description, List<String> subcommands, List<String> options, String usage) {
    }

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, as typed: e.g. trace show.")
    List<String> path;

    @Override
    protected void execute() {
        CommandLine target = spec.root().commandLine();
        for (String word : path == null ? List.<String>of() : path) {
            CommandLine sub = target.getSubcommands().get(word);
            if (sub == null) {
                throw CliException.usage("unknown command '" + target.getCommandSpec().qualifiedName() + " " + word
                        + "' (see '" + target.getCommandSpec().qualifiedName() + " --help')");
            }
            target = sub;
        }
        if (out().json()) {
            List<String> options = new ArrayList<>();
            for (OptionSpec o : target.getCommandSpec().options()) options.add(o.longestName());
            out().document(new Usage(target.getCommandSpec().qualifiedName(),
                    String.join("\n", target.getCommandSpec().usageMessage().description()),
                    new ArrayList<>(target.getSubcommands().keySet()), options, target.getUsageMessage(CommandLine.Help.Ansi.OFF)));
            return;
        }
        out().text(target.getUsageMessage(out().color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    }
}
