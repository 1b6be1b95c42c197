package io.raftctl.cli.sim;

import io.raftctl.cli.ExitCodes;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.TraceEvents;
import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimNode;
import io.raftctl.sim.explore.Action;
import io.raftctl.sim.explore.Exploration;
import io.raftctl.sim.explore.LinePlayer;
import io.raftctl.sim.explore.Profile;
import io.raftctl.sim.explore.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * raftctl sim plays its lines on the engine directly, for speed, and only renders them as script lines: this proves
 * that the rendered script, run line by line as run --sim runs it, ends in the same state (every node's role, term,
 * indexes, durable log and trace events, the messages in flight, the acknowledged writes), and that a run that
 * breaks an invariant fails on the same line with the same invariant.
 */
class ExploredScriptsReplayTest {

    private static final int STEPS = 200;

    @TempDir
    Path dir;

    @Test
    void everyProfilesScriptsEndInTheSameStateWhenRunAsScripts() {
        int lines = 0;
        for (Profile.Choice profile : List.of(Profile.Choice.FAULTY, Profile.Choice.CALM, Profile.Choice.SWARM)) {
            for (long seed = 1; seed <= 6; seed++) {
                Exploration.Options options = new Exploration.Options(STEPS, null, profile, RaftSettings.CommitRule.CURRENT_TERM);
                Run run = Exploration.explore(seed, options);
                assertThat(run.ok()).as(profile + " seed " + seed + ": " + run.violation()).isTrue();
                LinePlayer engine = new LinePlayer(seed, RaftSettings.CommitRule.CURRENT_TERM);
                for (Action a : run.played()) assertThat(engine.play(a)).as(a.line()).isEqualTo(LinePlayer.Result.RAN);

                SimLines script = new SimLines(seed);
                for (String line : run.lines()) {
                    SimLines.Result r = script.run(line);
                    assertThat(r.exitCode()).as(profile + " seed " + seed + ": " + line + ": " + r.error()).isZero();
                }
                assertSameState(engine.cluster(), script.world.cluster(), profile + " seed " + seed);
                assertThat(script.world.cluster().now()).isEqualTo(engine.cluster().now());
                lines += run.lines().size();
            }
        }
        assertThat(lines).as("lines replayed").isGreaterThan(18 * STEPS);
    }

    @Test
    void aViolationFailsTheSameLineWithTheSameInvariant() throws IOException {
        Exploration.Options options = new Exploration.Options(1000, null, Profile.Choice.FAULTY, RaftSettings.CommitRule.UNSAFE_ANY_TERM);
        List<Run> failing = new ArrayList<>();
        for (long seed = 1; seed <= 2000 && failing.size() < 2; seed++) {
            Run run = Exploration.explore(seed, options);
            if (!run.ok()) failing.add(run);
        }
        // Since sent messages survive a crash and disks fail too, the broken engine breaks an invariant in fewer
        // seeds (one of the first 2,000 faulty ones when this was written).
        assertThat(failing).as("runs of the broken engine that break an invariant").isNotEmpty();
        for (Run run : failing) {
            Path file = Files.write(dir.resolve("seed-" + run.seed() + ".raftctl"), run.lines());
            SimLines.Result r = SimLines.outside("run -q --sim --seed " + run.seed() + " --commit-rule count-replicas " + file);
            assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.error()).startsWith(file + ":" + run.lines().size() + ": " + run.lines().get(run.lines().size() - 1) + ": ")
                    .contains("the simulator found a violation of Raft's safety properties: " + run.violation());
        }
    }

    private static void assertSameState(SimCluster engine, SimCluster script, String what) {
        assertThat(script.ids()).isEqualTo(engine.ids());
        for (String id : engine.ids()) {
            SimNode e = engine.node(id);
            SimNode s = script.node(id);
            String where = what + ", " + id;
            assertThat(s.crashed()).as(where + " crashed").isEqualTo(e.crashed());
            if (!e.crashed()) assertThat(s.raft().status()).as(where + " status").isEqualTo(e.raft().status());
            assertThat(s.durableHardState()).as(where + " term and vote").isEqualTo(e.durableHardState());
            assertThat(s.durableLog()).as(where + " durable log").isEqualTo(e.durableLog());
            assertThat(s.triggers().describe()).as(where + " triggers").isEqualTo(e.triggers().describe());
        }
        assertThat(script.traceRows(TraceEvents.ALL)).as(what + " trace").isEqualTo(engine.traceRows(TraceEvents.ALL));
        assertThat(script.inFlight().stream().map(SimCluster.InFlight::message).toList()).as(what + " in flight")
                .isEqualTo(engine.inFlight().stream().map(SimCluster.InFlight::message).toList());
    }
}
