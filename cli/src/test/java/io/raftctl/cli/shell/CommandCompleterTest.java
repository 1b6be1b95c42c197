package io.raftctl.cli.shell;

import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandCompleterTest {

    private final Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    private final CommandCompleter completer = new CommandCompleter(
            Raftctl.commandLine(session, new ErrorReporter(session)).getCommandSpec(), () -> List.of("n1", "n2", "n3"));

    @Test
    void completesCommandNames() {
        assertThat(completer.candidates(List.of(), "st")).containsExactly("stabilize", "state", "status");
        assertThat(completer.candidates(List.of(), "ex")).contains("exit", "expect", "expect-output");
    }

    @Test
    void completesSubcommands() {
        assertThat(completer.candidates(List.of("net"), "")).contains("isolate", "split", "heal", "pending");
        assertThat(completer.candidates(List.of("trigger"), "")).containsExactly("clear", "list", "set");
    }

    @Test
    void completesNodeIdsWhereANodeGoes() {
        assertThat(completer.candidates(List.of("elect"), "")).containsExactly("n1", "n2", "n3");
        assertThat(completer.candidates(List.of("net", "isolate"), "n")).containsExactly("n1", "n2", "n3");
        assertThat(completer.candidates(List.of("command", "--node"), "")).containsExactly("n1", "n2", "n3");
    }

    @Test
    void completesTriggerNamesAfterTheNode() {
        assertThat(completer.candidates(List.of("trigger", "set", "n1"), "")).containsExactly("error", "explode", "slow-apply");
    }

    @Test
    void completesOptionsAndTheirValues() {
        assertThat(completer.candidates(List.of("trace", "show"), "--")).contains("--format", "--section", "--events");
        assertThat(completer.candidates(List.of("trace", "show", "--events"), "")).containsExactly("all", "default");
        assertThat(completer.candidates(List.of("trace", "show", "--format"), "")).containsExactly("csv", "html", "json", "md", "puml", "rst", "svg", "table");
        assertThat(completer.candidates(List.of("up", "--timers"), "")).containsExactly("off", "on");
        assertThat(completer.candidates(List.of("timers"), "o")).containsExactly("off", "on");
    }

    @Test
    void completesTheLineInsideMustFail() {
        assertThat(completer.candidates(List.of("must-fail"), "com")).containsExactly("command", "completion");
        assertThat(completer.candidates(List.of("must-fail", "--match", "x", "elect"), "")).containsExactly("n1", "n2", "n3");
        assertThat(completer.candidates(List.of("expect-output", "total", "state"), "")).containsExactly("n1", "n2", "n3");
    }
}
