package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.script.LineTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "expect-output", description = {
        "Succeeds only if LINE succeeds and its output contains TEXT.",
        "Example: expect-output 'total: 2' state n1"})
public final class ExpectOutputCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "TEXT")
    String text;

    @Parameters(index = "1..*", paramLabel = "LINE", arity = "1..*")
    List<String> line;

    @Override
    protected void execute() {
        Session.Captured inner = ctx().nestedSession().capture();
        Outcome outcome = Raftctl.execute(inner.session(), line);
        String output = inner.out();
        String typed = LineTokenizer.join(line);
        ctx().session().out().print(output);
        ctx().session().out().flush();
        if (!outcome.succeeded()) {
            throw new CliException(outcome.exitCode(), outcome.error() == null
                    ? "'" + typed + "' exited with " + outcome.exitCode() : outcome.error());
        }
        if (!output.contains(text)) {
            throw CliException.failed("the output of '" + typed + "' does not contain '" + text + "'");
        }
    }
}
