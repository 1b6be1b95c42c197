package io.raftctl.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage errors are sentences in raftctl's terms, with an example line, never picocli's internals. */
class UsageMessagesTest {

    private static Outcome run(String line) {
        Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        return Raftctl.executeLine(session, line);
    }

    @Test
    void tooFewPositionalArgumentsSayWhatIsNeededWithAnExample() {
        assertThat(run("net split n1,n2").error()).isEqualTo("'net split' needs at least two groups, e.g. 'net split n1 n2,n3'");
        assertThat(run("wait n1 role").error()).isEqualTo("'wait' needs FIELD [OP] VALUE, e.g. 'wait n1 role LEADER'");
        assertThat(run("expect n1").error()).isEqualTo("'expect' needs FIELD [OP] VALUE, e.g. 'expect n1 role LEADER'");
        assertThat(run("trigger set n1").error()).isEqualTo("'trigger set' needs NAME, e.g. 'trigger set n1 explode'");
        assertThat(run("elect").error()).isEqualTo("'elect' needs NODE, e.g. 'elect n1'");
    }

    @Test
    void aBadValueSaysWhatTheCommandTakes() {
        Outcome o = run("timers maybe");
        assertThat(o.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(o.error()).isEqualTo("'timers' takes on or off, not 'maybe', e.g. 'timers off n2'");
    }

    @Test
    void noMessageMentionsPicocliInternals() {
        for (String line : List.of("net split n1,n2", "wait n1 role", "timers maybe", "expect n1", "trigger set n1", "command",
                "net isolate", "log", "sleep")) {
            assertThat(run(line).error()).as(line).doesNotContain("positional parameter").doesNotContain("index ")
                    .doesNotContain("were specified").doesNotContain("raftctl " + line.split(" ")[0] + " ");
        }
    }

    @Test
    void typosGetTheNearestCommandWithoutTheRaftctlPrefix() {
        assertThat(run("elcet n1").error()).isEqualTo("unknown command 'elcet' (did you mean 'elect'?)");
        assertThat(run("stauts").error()).isEqualTo("unknown command 'stauts' (did you mean 'status'?)");
        assertThat(run("trace shwo").error()).isEqualTo("unknown command 'trace shwo' (did you mean 'trace show'?)");
        assertThat(run("up --nodse 3").error()).isEqualTo("unknown option '--nodse' for 'up' (did you mean '--nodes'?)");
        assertThat(run("xyzzy").error()).isEqualTo("unknown command 'xyzzy' (see 'raftctl help')");
        assertThat(run("xyzzy").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
