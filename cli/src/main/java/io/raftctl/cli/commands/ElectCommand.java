package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "elect", description = {
        "NODE starts a campaign now (a pre-vote round first when pre-vote is on).",
        "Forced by default: voters set aside leader stickiness, never the log check."})
public final class ElectCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, description = "The node that campaigns.")
    String node;

    @Option(names = "--no-force", description = "Campaign exactly as an election timeout would.")
    boolean noForce;

    @Override
    protected void execute() {
        var ack = clients().node(node).elect(!noForce);
        Acks.single(out(), "elect", node, ack, node + " started an election" + (noForce ? "" : " (forced)"));
    }
}
