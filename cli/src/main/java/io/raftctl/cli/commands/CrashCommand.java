package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "crash", description = {
        "Simulated crash: NODE drops all volatile state and stops processing messages and timers.",
        "Its admin socket still answers; 'restart' recovers it from durable storage."})
public final class CrashCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Override
    protected void execute() {
        Acks.single(out(), "crash", node, clients().node(node).crash(), node + " crashed");
    }
}
