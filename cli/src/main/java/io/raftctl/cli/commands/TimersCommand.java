package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "timers", description = {
        "Enable or disable timer-driven actions (election timeouts, heartbeats, CheckQuorum) at runtime.",
        "Default: every node; unreachable nodes are then skipped with a warning."})
public final class TimersCommand extends BaseCommand {

    /** {@code {"ok": true, "action": "timers", "nodes": [...], "timers": false}}. */
    record TimersAck(boolean ok, String action, List<String> nodes, boolean timers) {
    }

    @Parameters(index = "0", paramLabel = "on|off", converter = OnOff.Converter.class,
            completionCandidates = OnOff.Candidates.class)
    OnOff setting;

    @Parameters(index = "1..*", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*")
    List<String> nodes;

    @Override
    protected void execute() {
        boolean on = setting.on();
        var done = Targets.ids(Targets.apply(ctx(), nodes, c -> c.timers(on)));
        out().result("timers " + setting.text() + " at " + String.join(", ", done), new TimersAck(true, "timers", done, on));
    }
}
