package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.man.ManPages;
import io.raftctl.cli.man.ManShow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code man [COMMAND...]}: the man page of raftctl or of a command, from the jar; or all of them, installed. */
@Command(name = "man", description = {
        "Show the man page of raftctl, or of a command: man up, man trace show.",
        "On a terminal the page goes through man(1) (without it: $PAGER or less, as plain text); otherwise its"
                + " roff source is printed. --install writes every page where man finds it with MANPATH."})
public final class ManCommand extends BaseCommand implements ReadsWholeModel, NotOnSimulator {

    @Override
    public String whyNotOnSimulator() {
        return "it shows a man page and has nothing to do in a scenario";
    }


    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, as typed: e.g. trace show.")
    List<String> path;

    @Option(names = "--roff", description = "Print the roff source, even on a terminal.")
    boolean roff;

    @Option(names = "--install", paramLabel = "DIR",
            description = "Write every page to DIR/man1/ and say how to read them (MANPATH=DIR: man raftctl-up).")
    Path installDir;

    @Override
    protected void execute() throws Exception {
        ManShow show = new ManShow(ctx().session(), out());
        if (installDir != null) {
            if (path != null && !path.isEmpty()) throw CliException.usage("--install writes every page: name no command");
            show.install(ManPages.commands(spec.root()), installDir);
            return;
        }
        CommandSpec command = command(spec.root(), path == null ? List.of() : path);
        show.page(command, roff);
    }

    /** The command named by {@code words} under {@code root}: {@code trace show}. */
    static CommandSpec command(CommandSpec root, List<String> words) {
        CommandSpec target = root;
        for (String word : words) {
            CommandLine sub = target.subcommands().get(word);
            if (sub == null) {
                throw CliException.usage("unknown command '" + target.qualifiedName() + " " + word
                        + "' (see '" + target.qualifiedName() + " --help')");
            }
            target = sub.getCommandSpec();
        }
        return target;
    }
}
