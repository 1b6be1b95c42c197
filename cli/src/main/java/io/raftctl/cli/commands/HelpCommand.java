package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code help [COMMAND...]}: the usage of raftctl or of any command, subcommands included ({@code help trace show}). */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of raftctl, or of a command: help status, help trace show.")
public final class HelpCommand extends BaseCommand implements ReadsWholeModel {

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
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("command", target.getCommandSpec().qualifiedName());
            doc.put("description", String.join("\n", target.getCommandSpec().usageMessage().description()));
            doc.put("subcommands", new ArrayList<>(target.getSubcommands().keySet()));
            List<String> options = new ArrayList<>();
            for (OptionSpec o : target.getCommandSpec().options()) options.add(o.longestName());
            doc.put("options", options);
            doc.put("usage", target.getUsageMessage(CommandLine.Help.Ansi.OFF));
            out().document(doc);
            return;
        }
        out().text(target.getUsageMessage(out().color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    }
}
