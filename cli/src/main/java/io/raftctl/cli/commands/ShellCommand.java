package io.raftctl.cli.commands;

import io.raftctl.cli.shell.InteractiveShell;
import picocli.CommandLine.Command;

@Command(name = "shell", description = {
        "The interactive shell: history, tab completion of commands, node ids and trigger names, 'help', 'exit'.",
        "Bare 'raftctl' opens it too."})
public final class ShellCommand extends BaseCommand implements NotOnSimulator {

    @Override
    public String whyNotOnSimulator() {
        return "it is for a terminal, not a script";
    }


    @Override
    protected void execute() {
        InteractiveShell.open(ctx());
    }
}
