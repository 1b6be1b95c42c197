package io.raftctl.cli.commands;

import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.Session;
import io.raftctl.cli.sim.SimWorld;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A group's method verb fails as a command class does, on daemons and on the simulator. */
class MethodVerbTest {

    static final String BROKEN = "invariant broken: probe";

    @Command(name = "probe")
    public static final class ProbeGroup extends GroupCommand {
        @Override
        List<Object> verbs() {
            return List.of("method", ProbeClass.class);
        }

        @Command(name = "method")
        void method() throws Exception {
            run(() -> {
                throw new IllegalStateException(BROKEN);
            });
        }
    }

    @Command(name = "class")
    public static final class ProbeClass extends BaseCommand {
        @Override
        protected void execute() {
            throw new IllegalStateException(BROKEN);
        }
    }

    @Test
    void onTheSimulatorAnEngineExceptionIsAViolationInBoth() {
        String violation = "1\nerror: the simulator found a violation of Raft's safety properties: engine exception: "
                + "java.lang.IllegalStateException: " + BROKEN + " (seed 7)\n";
        assertThat(run(new SimWorld(7), "probe", "class")).isEqualTo(violation);
        assertThat(run(new SimWorld(7), "probe", "method")).isEqualTo(violation);
    }

    @Test
    void onDaemonsItIsAnUnexpectedErrorInBoth() {
        String unexpected = "1\nerror: unexpected error: " + BROKEN + "\n";
        assertThat(run(null, "probe", "class")).isEqualTo(unexpected);
        assertThat(run(null, "probe", "method")).isEqualTo(unexpected);
    }

    /** Exit code and stderr of {@code args}, with a model of the probe group alone. */
    private static String run(SimWorld world, String... args) {
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Map.of());
        if (world != null) session = session.withSimulation(world);
        ErrorReporter reporter = new ErrorReporter(session);
        CommandLine root = new CommandLine(new RootCommand(session));
        RootCommand.addCommands(root, List.of(ProbeGroup.class));
        root.setExecutionExceptionHandler(reporter);
        root.setParameterExceptionHandler(reporter);
        root.setExitCodeExceptionMapper(reporter);
        int code = root.execute(args);
        return code + "\n" + err.toString().replace(System.lineSeparator(), "\n");
    }
}
