package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "restart", description = "Recover a crashed NODE from its durable storage only.")
public final class RestartCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        Acks.single(out(), "restart", node.id, clients().node(node.id).restart(), node.id + " restarted from durable storage");
    }
}
