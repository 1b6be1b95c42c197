package io.raftctl.cli.commands;

import io.raftctl.cli.sim.SimMessages;
import picocli.CommandLine.Command;

@Command(name = "stabilize", description = {
        "Simulator only (raftctl run --sim): deliver every message in flight, held ones too, oldest first, and"
                + " whatever they set off, until nothing is in flight.",
        "Nodes that hold go on holding the messages they send later."})
public final class StabilizeCommand extends BaseCommand implements SimulatorOnly {

    /** {@code delivered}: messages delivered until nothing was in flight. */
    record Stabilized(boolean ok, String action, int delivered) {
    }

    @Override
    protected void execute() {
        int delivered = SimMessages.stabilize(ctx().simulation().orElseThrow());
        out().result("delivered " + delivered + (delivered == 1 ? " message" : " messages") + "; nothing is in flight",
                new Stabilized(true, "stabilize", delivered));
    }
}
