package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Duration;

@Command(name = "sleep", description = {
        "Pause for DURATION (250ms, 2s, 1m).",
        "On the simulator (raftctl run --sim) DURATION of simulated time passes instead, at once: the nodes' timers"
                + " run and their messages are delivered."})
public final class SleepCommand extends BaseCommand {

    record Slept(boolean ok, @JsonProperty("slept_ms") long sleptMs) {
    }

    @Parameters(paramLabel = "DURATION", converter = Args.DurationConverter.class)
    Duration duration;

    @Override
    protected void execute() throws InterruptedException {
        ctx().backend().clock().pass(duration);
        out().document(new Slept(true, duration.toMillis()));
    }
}
