package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** A raftctl command: it runs, and reports failure by throwing a {@link io.raftctl.cli.CliException}. */
// For every command: picocli need not inspect its methods; a group adds its method verbs itself (GroupCommand).
@Command(addMethodSubcommands = false)
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        run(this::execute);
        return ExitCodes.OK;
    }

    /** A command's work: {@link #execute}, or the body of one of a group's method verbs ({@link GroupCommand}). */
    @FunctionalInterface
    protected interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} if the line's backend runs this command (else exit 2); on the simulator, an engine that throws
     * fails the line as a violation (exit 1). The same for a command class and for a group's method verb.
     */
    protected final void run(Work work) throws Exception {
        requireBackendRunsIt();
        try {
            work.run();
        } catch (io.raftctl.cli.CliException | picocli.CommandLine.ParameterException e) {
            throw e;
        } catch (IllegalStateException e) {
            // On the simulator the engine runs inside the line: an engine that throws is a violation, as the
            // exploration (raftctl sim) reports it.
            var world = ctx().simulation();
            if (world.isEmpty()) throw e;
            throw io.raftctl.cli.CliException.failed("the simulator found a violation of Raft's safety properties: "
                    + io.raftctl.sim.Invariant.ENGINE_EXCEPTION.label() + ": " + e + " (seed " + world.get().seed() + ")");
        }
    }

    /** Lines for real daemons only, or for the simulator only, are refused on the other (exit 2). */
    private void requireBackendRunsIt() {
        boolean simulated = ctx().simulation().isPresent();
        if (simulated) ctx().backend(); // refuses a -c on the line: the simulator has no cluster file
        if (simulated && this instanceof NotOnSimulator refused) {
            throw CliException.usage("'" + commandName() + "' does not run on the simulator (raftctl run --sim): "
                    + refused.whyNotOnSimulator());
        }
        if (!simulated && this instanceof SimulatorOnly) {
            throw CliException.usage("'" + commandName() + "' works only on the simulator (raftctl run --sim)");
        }
    }

    /** {@code watch status}: the command as typed, without {@code raftctl}. */
    protected String commandName() {
        String qualified = spec.qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? qualified : qualified.substring(space + 1);
    }

    protected abstract void execute() throws Exception;

    protected CommandContext ctx() {
        return ((RootCommand) spec.root().userObject()).context();
    }

    protected ClusterView cluster() {
        return ctx().cluster();
    }

    protected ClusterClient clients() {
        return ctx().clients();
    }

    protected Output out() {
        return ctx().output();
    }
}
