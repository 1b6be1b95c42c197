package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "timers", description = {
        "Enable or disable timer-driven actions (election timeouts, heartbeats, CheckQuorum) at runtime.",
        "Default: every node; unreachable nodes are then skipped with a warning."})
public final class TimersCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "on|off", converter = OnOff.Converter.class,
            completionCandidates = OnOff.Candidates.class)
    OnOff setting;

    @Parameters(index = "1..*", paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*")
    List<String> nodes;

    @Override
    protected void execute() {
        boolean on = setting.on();
        var done = Targets.ids(Targets.apply(ctx(), nodes, c -> c.timers(on)));
        Acks.many(out(), "timers", done, "timers " + setting.text() + " at " + String.join(", ", done),
                Map.of("timers", on));
    }
}
