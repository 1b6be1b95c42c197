package io.raftctl.cli.commands;

import io.raftctl.cli.sim.SimMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "deliver", description = {
        "Simulator only (raftctl run --sim): deliver the oldest message in flight from FROM to TO, of KIND if given"
                + " (p_v_r, p_v, poll, vote, ae, ae_reply).",
        "In flight are the messages that held nodes ('net hold') have queued; every other message is delivered at the"
                + " end of the line that sent it. What the receiver answers is delivered at once unless it holds too.",
        "Exit 1 if no such message is in flight."})
public final class DeliverCommand extends BaseCommand implements SimulatorOnly {

    @Mixin
    InFlightMessage message;

    @Override
    protected void execute() {
        String done = SimMessages.deliver(ctx().simulation().orElseThrow(), message.from, message.to, message.kind);
        out().result(done, document("deliver", message, done));
    }

    /** What {@code deliver}, {@code drop} and {@code duplicate} print; {@code kind} is null when the line named none. */
    record Delivery(boolean ok, String action, String from, String to, String kind, String detail) {
    }

    static Delivery document(String action, InFlightMessage message, String text) {
        return new Delivery(true, action, message.from, message.to, message.kind, text);
    }
}
