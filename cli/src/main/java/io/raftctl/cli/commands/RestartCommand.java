package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restart", description = "Recover a crashed NODE from its durable storage only.")
public final class RestartCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class)
    String node;

    @Override
    protected void execute() {
        Acks.single(out(), "restart", node, clients().node(node).restart(), node + " restarted from durable storage");
    }
}
