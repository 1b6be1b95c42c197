package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.script.ScriptRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Command(name = "run", description = {
        "Run scenario scripts (*.raftctl): one command per line, as typed in the shell; '#' starts a comment line.",
        "The first failing line stops the run with FILE:LINE: <line>: <reason> and exit code 1."})
public final class RunCommand extends BaseCommand {

    @Option(names = {"-q", "--quiet"}, description = "Do not echo each line before running it.")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Override
    protected void execute() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw CliException.usage("script " + f + " not found");
        }
        ScriptRunner runner = new ScriptRunner(ctx().nestedSession(), !quiet);
        for (Path f : files) {
            Outcome outcome = runner.run(f);
            if (!outcome.succeeded()) throw CliException.preformatted(outcome.exitCode(), outcome.error());
        }
    }
}
