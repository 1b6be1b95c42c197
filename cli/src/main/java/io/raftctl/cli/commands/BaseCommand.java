package io.raftctl.cli.commands;

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
// For every command: none has methods that are subcommands, so picocli need not inspect their methods.
@Command(addMethodSubcommands = false)
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        execute();
        return ExitCodes.OK;
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
