package io.raftctl.cli.commands;

import io.raftctl.cli.client.NodeAdmin;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "clear", description = "Forget every node's recorded trace rows.")
public final class TraceClearCommand extends BaseCommand {

    @Override
    protected void execute() {
        List<String> done = Targets.ids(Targets.apply(ctx(), List.of(), NodeAdmin::traceClear));
        Acks.many(out(), "trace clear", done, "trace cleared at " + String.join(", ", done));
    }
}
