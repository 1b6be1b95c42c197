package io.raftctl.cli.sim;

import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.output.OutputFormat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Lines run one by one on a simulated world of their own, as the lines of a script on {@code run --sim} are. */
final class SimLines {

    final SimWorld world;

    SimLines(long seed) {
        this(new SimWorld(seed));
    }

    SimLines(SimWorld world) {
        this.world = world;
    }

    /** What a line did. */
    record Result(int exitCode, String out, String err, String error) {
    }

    Result run(String line) {
        return run(line, OutputFormat.TEXT);
    }

    Result run(String line, OutputFormat format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
                .withDefaults(null, format, false).withSimulation(world);
        Outcome outcome = Raftctl.executeLine(session, line);
        return new Result(outcome.exitCode(), out.toString(), err.toString(), outcome.error());
    }

    /** Runs each line, failing the test at the first that does not succeed. */
    SimLines ok(String... lines) {
        for (String line : lines) {
            Result r = run(line);
            if (r.exitCode() != 0) {
                throw new AssertionError("'" + line + "' exited " + r.exitCode() + ": " + r.error() + "\n" + r.out() + r.err());
            }
        }
        return this;
    }

    /** A line run outside any simulation, e.g. {@code run --sim FILE} itself, or a line on real daemons. */
    static Result outside(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        Outcome outcome = Raftctl.executeLine(session, line);
        return new Result(outcome.exitCode(), out.toString(), err.toString(), outcome.error());
    }
}
