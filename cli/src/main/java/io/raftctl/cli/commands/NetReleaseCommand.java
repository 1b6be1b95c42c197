package io.raftctl.cli.commands;

import io.raftctl.cli.client.NodeAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "release", description = "Stop holding at NODE (default: every node) and deliver what is queued.")
public final class NetReleaseCommand extends BaseCommand {

    @Mixin
    NodeList nodes;

    @Override
    protected void execute() {
        List<String> done = Targets.ids(Targets.apply(ctx(), nodes.ids, NodeAdmin::release));
        Acks.many(out(), "net release", done, "released held messages of " + String.join(", ", done));
    }
}
