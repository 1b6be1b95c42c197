package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.script.LineTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "must-fail", description = {
        "Succeeds only if LINE fails with exit 1 (and, with --match, its error contains TEXT).",
        "If LINE succeeds, must-fail fails (exit 1); if LINE exits 2 or 3, must-fail exits with that code."})
public final class MustFailCommand extends BaseCommand {

    /** The inner line failed with exit 1, and this is its error. */
    record FailedAsExpected(boolean ok, @JsonProperty("exit_code") int exitCode, String error) {
    }

    @Option(names = "--match", paramLabel = "TEXT", description = "The error must contain TEXT.")
    String match;

    @Parameters(paramLabel = "LINE", arity = "1..*", description = "The command line that must fail.")
    List<String> line;

    @Override
    protected void execute() {
        Session.Captured inner = ctx().nestedSession().capture();
        Outcome outcome = Raftctl.execute(inner.session(), line);
        String typed = LineTokenizer.join(line);
        out().text(inner.out());
        switch (outcome.exitCode()) {
            case ExitCodes.OK -> throw CliException.failed("the command succeeded: " + typed);
            case ExitCodes.FAILED -> {
                String error = outcome.error() == null ? "" : outcome.error();
                if (match != null && !error.contains(match)) {
                    throw CliException.failed("'" + typed + "' failed, but its error does not contain '" + match
                            + "': " + error);
                }
                out().result("failed as expected: " + error, new FailedAsExpected(true, ExitCodes.FAILED, error));
            }
            default -> throw new CliException(outcome.exitCode(), outcome.error() == null
                    ? "'" + typed + "' exited with " + outcome.exitCode() : outcome.error());
        }
    }
}
