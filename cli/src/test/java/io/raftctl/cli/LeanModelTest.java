package io.raftctl.cli;

import io.raftctl.cli.commands.RootCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-shot line builds the model of its own command only (start-up time): it must behave exactly as
 * with the whole model, usage and errors included.
 */
class LeanModelTest {

    @Test
    void aLineNamingACommandBuildsThatCommandOnly() {
        Session session = quiet();
        CommandLine lean = Raftctl.commandLine(session, new ErrorReporter(session),
                RootCommand.commandsFor(List.of("-c", "x.yaml", "status", "n1")));
        assertThat(lean.getSubcommands()).containsOnlyKeys("status");
    }

    @Test
    void everyCommandsUsageIsTheSameBuiltAloneOrWithAll() {
        for (CommandSpec command : leaves(whole())) {
            List<String> args = new ArrayList<>(List.of(command.qualifiedName().split(" ")).subList(1,
                    command.qualifiedName().split(" ").length));
            args.add("--help");
            assertThat(lean(args)).as("raftctl " + String.join(" ", args)).isEqualTo(withAll(args));
        }
    }

    @Test
    void errorsAndTheVersionAreTheSameBuiltAloneOrWithAll() {
        for (List<String> args : List.of(
                List.of("status", "--bogus"),
                List.of("status", "-c"),
                List.of("-c", "/nonexistent/raftctl.yaml", "status"),
                List.of("wait", "--timeout"),
                List.of("trace", "shwo"),
                List.of("up", "--nodes", "x"),
                List.of("expect", "n1", "state", "-3"),
                List.of("echo", "-n", "--x"),
                List.of("--version"),
                List.of("-o", "json", "-V"),
                List.of("-V", "status"))) {
            assertThat(lean(args)).as("raftctl " + String.join(" ", args)).isEqualTo(withAll(args));
        }
    }

    /** Exit code, output and errors of {@code args} run the usual way (its own command only). */
    private static String lean(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Outcome outcome = Raftctl.execute(Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of()), args);
        return outcome.exitCode() + "\n" + out + "\n" + err;
    }

    /** The same, with every command in the model. */
    private static String withAll(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        int code = Raftctl.commandLine(session, new ErrorReporter(session)).execute(args.toArray(String[]::new));
        return code + "\n" + out + "\n" + err;
    }

    private static CommandSpec whole() {
        Session session = quiet();
        return Raftctl.commandLine(session, new ErrorReporter(session)).getCommandSpec();
    }

    private static List<CommandSpec> leaves(CommandSpec spec) {
        List<CommandSpec> all = new ArrayList<>();
        for (CommandLine sub : spec.subcommands().values()) {
            all.add(sub.getCommandSpec());
            all.addAll(leaves(sub.getCommandSpec()));
        }
        return all;
    }

    private static Session quiet() {
        return Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    }
}
