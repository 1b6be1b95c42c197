package io.raftctl.cli.commands;

import io.raftctl.cli.sim.SimMessages;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "stabilize", description = {
        "Simulator only (raftctl run --sim): deliver every message in flight, held ones too, oldest first, and"
                + " whatever they set off, until nothing is in flight.",
        "Nodes that hold go on holding the messages they send later."})
public final class StabilizeCommand extends BaseCommand implements SimulatorOnly {

    @Override
    protected void execute() {
        int delivered = SimMessages.stabilize(ctx().simulation().orElseThrow());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", true);
        doc.put("action", "stabilize");
        doc.put("delivered", delivered);
        out().result("delivered " + delivered + (delivered == 1 ? " message" : " messages") + "; nothing is in flight", doc);
    }
}
