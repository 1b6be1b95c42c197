package io.raftctl.cli.sim;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * The script that reproduces what {@code raftctl sim} found: comment lines saying how it was found, what it breaks
 * and how to replay it, then the shrunk run's lines, which {@code raftctl run --sim --seed S FILE} replays.
 */
public record FoundScript(Run run, Exploration.Options options) {

    /** The lines that run, comments left out: the script's length. */
    public List<String> lines() {
        return run.lines();
    }

    /** {@code raftctl run --sim --seed 261 FILE}, with the hidden engine option if the search used one. */
    public String replayCommand(String file) {
        return "raftctl run --sim --seed " + run.seed() + commitRuleOption() + " " + file;
    }

    /** The command that finds it again: this seed alone, with its own profile. */
    public String searchCommand() {
        return "raftctl sim --seed " + run.seed() + " --profile " + run.profile() + " --steps " + options.steps()
                + (options.nodes() == null ? "" : " --nodes " + options.nodes()) + commitRuleOption();
    }

    public String text(String file) {
        List<String> all = new ArrayList<>();
        all.add("# Found by: " + searchCommand());
        all.add("# Breaks " + run.violation());
        all.add("# Replay: " + replayCommand(file));
        all.addAll(lines());
        return String.join("\n", all) + "\n";
    }

    private String commitRuleOption() {
        return run.commitRule() == RaftSettings.CommitRule.UNSAFE_ANY_TERM ? " --commit-rule count-replicas" : "";
    }
}
