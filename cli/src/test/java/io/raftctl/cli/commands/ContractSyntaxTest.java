package io.raftctl.cli.commands;

import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.script.LineTokenizer;
import io.raftctl.cli.script.ScriptRunner;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command lines of the operator contract (CLI.md) and of the demo parse as commands, options and arguments. */
class ContractSyntaxTest {

    /** Every command form CLI.md names, with sample arguments. */
    private static final List<String> CONTRACT_LINES = List.of(
            "up", "up n1 n2 --nodes 3 --timers off --pre-vote on --check-quorum off --fresh", "down", "down n1 --kill",
            "shell", "run a.raftctl b.raftctl", "completion bash", "completion zsh",
            "status", "status n1 n2", "elect n1", "elect n1 --no-force", "heartbeat", "heartbeat n1",
            "command add 1", "command --node n2 --timeout 2s set k v", "log n1", "log n1 --from 2 --to 5",
            "state n1", "timers on", "timers off n1 n2",
            "trigger set n1 explode", "trigger set n1 slow-apply 200ms", "trigger clear n1", "trigger clear n1 explode",
            "trigger list", "trigger list n1", "crash n1", "restart n1",
            "net isolate n1", "net reconnect n1", "net split n1 n2,n3", "net heal", "net hold", "net hold n1 n2",
            "net deliver", "net deliver n1 --count 2", "net release n1", "net pending", "net pending n1",
            "trace section Normal election", "trace show", "trace show --format puml --section 2", "trace clear",
            "expect n1 role LEADER", "expect n1 commit >= 2", "wait n1 state 2", "wait n1 term > 1 --timeout 1m",
            "must-fail command add 1", "must-fail --match 'not leader' command --node n2 add 1",
            "expect-output 'total: 2' state n1", "sleep 250ms", "echo hello world",
            "-c other.yaml -o json status", "status -o json");

    /** The example script of CLI.md, as printed there. */
    private static final String CLI_MD_EXAMPLE = """
            up --nodes 3 --timers off --fresh
            trace section Normal election
            elect n1
            wait n1 role LEADER
            command add 1
            trace section Node 1 is leader, rigging it to explode on command and running command
            trigger set n1 explode
            must-fail command add 1
            expect n1 state 1
            trace section Clearing trigger and sending heartbeats to retry
            trigger clear n1 explode
            heartbeat
            wait n1 state 2
            heartbeat
            wait n2 state 2
            wait n3 state 2
            trace show --format rst
            down
            """;

    private final Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());

    private void parse(String line) {
        CommandLine cmd = Raftctl.commandLine(session, new ErrorReporter(session));
        cmd.parseArgs(LineTokenizer.tokenize(line).toArray(String[]::new));
    }

    @Test
    void everyContractFormParses() {
        for (String line : CONTRACT_LINES) assertThatCode(() -> parse(line)).as(line).doesNotThrowAnyException();
    }

    @Test
    void theExampleScriptAndTheDemoParse() {
        List<String> lines = (CLI_MD_EXAMPLE + DemoCommand.SCRIPT).lines().filter(l -> !ScriptRunner.isSkipped(l)).toList();
        assertThat(lines).hasSizeGreaterThan(30);
        for (String line : lines) assertThatCode(() -> parse(line)).as(line).doesNotThrowAnyException();
    }

    @Test
    void theDemoWalksThroughTheSeedScenario() {
        assertThat(DemoCommand.SCRIPT).contains("trace section Normal election", "elect n1", "wait n1 role LEADER",
                "trigger set n1 explode", "must-fail command add 1", "expect n1 state 1", "trigger clear n1 explode",
                "wait n3 state 2", "trace show --format rst");
    }

    @Test
    void misspelledFormsDoNotParse() {
        assertThatThrownBy(() -> parse("elect")).isInstanceOf(CommandLine.ParameterException.class);
        assertThatThrownBy(() -> parse("net split n1")).isInstanceOf(CommandLine.ParameterException.class);
        assertThatThrownBy(() -> parse("up --timers")).isInstanceOf(CommandLine.ParameterException.class);
        assertThatThrownBy(() -> parse("expect n1 role")).isInstanceOf(CommandLine.ParameterException.class);
    }
}
