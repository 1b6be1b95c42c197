package io.raftctl.cli.sim;

import io.raftctl.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example scripts on the simulator: every one passes, and a run is a function of the script and the seed. */
class SimScriptsTest {

    /** Where surefire runs: the cli module. */
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final Path LEADER_EXPLODES = EXAMPLES.resolve("leader-explodes.raftctl");

    @TempDir
    Path dir;

    @Test
    void everyExampleScriptPassesOnTheSimulatorAndWritesNoFile() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            scripts = files.filter(f -> f.toString().endsWith(".raftctl")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(6);
        for (Path script : scripts) {
            SimLines.Result r = SimLines.outside("run --sim " + script);
            assertThat(r.exitCode()).as(script + "\n" + r.out() + r.err()).isZero();
            assertThat(r.out()).contains("(simulated, seed 1)");
        }
        assertThat(Path.of("raftctl.yaml")).as("no cluster file written").doesNotExist();
        assertThat(Path.of(".raftctl")).as("no node data written").doesNotExist();
    }

    @Test
    void leaderExplodesPrintsTheSeedsFourSectionsWithTheirKeyRowsInOrder() {
        SimLines.Result r = SimLines.outside("run --sim " + LEADER_EXPLODES);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertInOrder(r.out(),
                "Section 1: Normal election\n==========================",
                "| CNDI | NEW ROLE ",
                "| CNDI | p_v_r+N-2 t-1 li-0 lt-0 ",
                "| FLWR | p_v+N-1 yes-True ",
                "| CNDI | N-2+p_v yes-True            | t-1 ",
                "| CNDI | poll+N-2 t-1 li-0 lt-0 ",
                "| LEAD | N-2+vote yes-True           | lt-1 li-1 ",
                "| LEAD | ae+N-2 t-1 i-0 lt-0 e-1 c-0 ",
                "| LEAD | N-2+ae_reply ok-True mi-1   | ci-1 ",
                "| LEAD | CMD START ",
                "| LEAD | N-2+ae_reply ok-True mi-2   | ci-2 ",
                "| LEAD | CMD DONE ",
                "Section 2: Node 1 is leader, rigging it to explode on command and running command",
                "| LEAD | CMD START ",
                "| LEAD | ae+N-2 t-1 i-2 lt-1 e-1 c-2 | li-3 ",
                "| LEAD | N-2+ae_reply ok-True mi-3   | ci-3 ",
                "| LEAD | CMD DONE ",
                "Section 3: Leader node 1 returned an error from command request, clearing trigger and sending heartbeats to retry",
                "| LEAD | ae+N-2 t-1 i-3 lt-1 e-0 c-3 ",
                "| N-1+ae t-1 i-3 lt-1 e-0 c-3 | ci-3 ",
                "Section 4: Leader node 1 retry succeeded, now need another heartbeat to trigger followers to apply and commit",
                "| LEAD | ae+N-2 t-1 i-3 lt-1 e-0 c-3 ");
        String section4 = r.out().substring(r.out().indexOf("Section 4:"));
        assertThat(section4).as("section 4: every node is in sync, nothing changes").doesNotContain("ci-").doesNotContain("li-");
    }

    @Test
    void theSameScriptAndSeedGiveTheSameOutputByteForByte() {
        SimLines.Result first = SimLines.outside("run --sim " + LEADER_EXPLODES);
        SimLines.Result second = SimLines.outside("run --sim " + LEADER_EXPLODES);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEqualTo(first.err());
        SimLines.Result json = SimLines.outside("-o json run --sim --seed 7 " + LEADER_EXPLODES);
        assertThat(SimLines.outside("-o json run --sim --seed 7 " + LEADER_EXPLODES).out()).isEqualTo(json.out());
        assertThat(json.out()).contains("\"simulated\" : true").contains("\"seed\" : 7");
    }

    @Test
    void withTimersOnTheSeedChoosesTheLeader() throws IOException {
        Path script = Files.writeString(dir.resolve("timers-on.raftctl"), """
                up --nodes 3
                tick 2s
                status
                command add 1
                """);
        SimLines.Result seed1 = SimLines.outside("run -q --sim --seed 1 " + script);
        assertThat(seed1.exitCode()).as(seed1.out() + seed1.err()).isZero();
        assertThat(SimLines.outside("run -q --sim --seed 1 " + script).out()).isEqualTo(seed1.out());
        String leader1 = leaderOf(seed1.out());
        // Some other seed elects another node: the seed is what decides, not chance.
        String other = null;
        for (int seed = 2; seed <= 20 && other == null; seed++) {
            SimLines.Result r = SimLines.outside("run -q --sim --seed " + seed + " " + script);
            assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
            if (!leaderOf(r.out()).equals(leader1)) other = leaderOf(r.out());
        }
        assertThat(other).as("a seed that elects another node than seed 1's " + leader1).isNotNull();
    }

    @Test
    void aFailingLineReportsFileLineAndReasonAsOnDaemons() throws IOException {
        Path script = Files.writeString(dir.resolve("fails.raftctl"), """
                up --nodes 3 --timers off
                elect n1
                expect n2 role LEADER
                echo never
                """);
        SimLines.Result r = SimLines.outside("run --sim " + script);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.error()).isEqualTo(script + ":3: expect n2 role LEADER: n2 role is FOLLOWER, expected LEADER");
        assertThat(r.out()).doesNotContain("never");
    }

    /** The node whose status row says LEADER. */
    private static String leaderOf(String statusText) {
        return statusText.lines().filter(l -> l.matches("n\\d+ +LEADER .*")).map(l -> l.split(" ")[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no leader in\n" + statusText));
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("'%s' after offset %d in%n%s", part, at, text).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }
}
