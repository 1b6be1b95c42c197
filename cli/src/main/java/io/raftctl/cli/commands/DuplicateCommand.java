package io.raftctl.cli.commands;

import io.raftctl.cli.sim.SimMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "duplicate", description = {
        "Simulator only (raftctl run --sim): put a copy of the oldest message in flight from FROM to TO (of KIND if given:"
                + " p_v_r, p_v, poll, vote, ae, ae_reply) on the wire after every message in flight: it is received twice.",
        "A copy, then a drop of the original, moves a message behind the others: a reordering.",
        "In flight are the messages that held nodes ('net hold') have queued. Exit 1 if no such message is in flight."})
public final class DuplicateCommand extends BaseCommand implements SimulatorOnly {

    @Mixin
    InFlightMessage message;

    @Override
    protected void execute() {
        String done = SimMessages.duplicate(ctx().simulation().orElseThrow(), message.from, message.to, message.kind);
        out().result(done, DeliverCommand.document("duplicate", message, done));
    }
}
