package io.raftctl.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "crash", description = {
        "Simulated crash: NODE drops all volatile state and stops processing messages and timers.",
        "Its admin socket still answers; 'restart' recovers it from durable storage."})
public final class CrashCommand extends BaseCommand {

    @Mixin
    NodeParameter node;

    @Override
    protected void execute() {
        Acks.single(out(), "crash", node.id, clients().node(node.id).crash(), node.id + " crashed");
    }
}
