package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "echo", description = "Print TEXT.")
public final class EchoCommand extends BaseCommand {

    record Echoed(String echo) {
    }

    @Parameters(paramLabel = "TEXT", arity = "0..*")
    List<String> text;

    @Override
    protected void execute() {
        String joined = text == null ? "" : String.join(" ", text);
        out().result(joined, new Echoed(joined));
    }
}
