package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.raftctl.cli.sim.SimWorld;
import io.raftctl.util.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Duration;

@Command(name = "tick", description = {
        "Simulator only (raftctl run --sim): let DURATION (250ms, 2s) of simulated time pass, in steps of 5ms: each"
                + " step runs the nodes' timers (election timeouts, heartbeats, CheckQuorum, when timers are on) and"
                + " delivers what they send, held nodes' messages excepted.",
        "Takes no real time. 'sleep' and 'wait' let simulated time pass the same way."})
public final class TickCommand extends BaseCommand implements SimulatorOnly {

    /** The simulated time let pass, and the simulated time since the run started. */
    record Ticked(boolean ok, String action, @JsonProperty("ticked_ms") long tickedMs, @JsonProperty("now_ms") long nowMs) {
    }

    @Parameters(paramLabel = "DURATION", converter = Args.DurationConverter.class)
    Duration duration;

    @Override
    protected void execute() {
        SimWorld world = ctx().simulation().orElseThrow();
        world.cluster();
        world.advance(duration);
        out().result("simulated time is " + Durations.format(Duration.ofMillis(world.nowMs())) + " (+"
                + Durations.format(duration) + ")", new Ticked(true, "tick", duration.toMillis(), world.nowMs()));
    }
}
