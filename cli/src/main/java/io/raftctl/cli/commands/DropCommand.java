package io.raftctl.cli.commands;

import io.raftctl.cli.sim.SimMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "drop", description = {
        "Simulator only (raftctl run --sim): drop the oldest message in flight from FROM to TO, of KIND if given"
                + " (p_v_r, p_v, poll, vote, ae, ae_reply): it is never received.",
        "In flight are the messages that held nodes ('net hold') have queued. Exit 1 if no such message is in flight."})
public final class DropCommand extends BaseCommand implements SimulatorOnly {

    @Mixin
    InFlightMessage message;

    @Override
    protected void execute() {
        String done = SimMessages.drop(ctx().simulation().orElseThrow(), message.from, message.to, message.kind);
        out().result(done, DeliverCommand.document("drop", message, done));
    }
}
