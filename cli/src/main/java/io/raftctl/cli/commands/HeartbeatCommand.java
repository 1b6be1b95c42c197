package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "heartbeat", description = {
        "The leader (or NODE, which must be the leader) sends AppendEntries to every follower now.",
        "This also retries a failed state-machine apply."})
public final class HeartbeatCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..1", description = "Default: the current leader.")
    String node;

    @Override
    protected void execute() {
        String target = node != null ? cluster().node(node).id() : clients().leader().id();
        var ack = clients().node(target).heartbeat();
        Acks.single(out(), "heartbeat", target, ack, target + " sent heartbeats");
    }
}
