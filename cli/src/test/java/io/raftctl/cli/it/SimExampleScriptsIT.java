package io.raftctl.cli.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every examples/*.raftctl passes with the packaged raftctl on the simulator ({@code run --sim}) without starting a
 * process: raftctl is given a raftd jar that does not exist, so any attempt to start a daemon would fail, and it
 * writes no cluster file and no node data. The seed scenario prints its four sections, the same bytes every time.
 */
class SimExampleScriptsIT {

    private static final Path NO_RAFTD = Path.of("no-such-raftd.jar").toAbsolutePath();

    @Test
    void everyExampleScriptPassesOnTheSimulatorAndNoProcessIsStarted() throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-sim-");
        try {
            List<String> args = new ArrayList<>(List.of("run", "--sim"));
            for (Path s : scripts()) {
                Files.copy(s, work.resolve(s.getFileName()));
                args.add(s.getFileName().toString());
            }
            RaftctlProcess.Result r = run(work, args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.all()).isZero();
            int n = args.size() - 2;
            assertThat(r.stdout()).contains(n + " scripts: " + n + " passed").contains("(simulated, seed 1)");
            assertThat(r.all()).doesNotContain("pid ").doesNotContain("127.0.0.1");
            assertThat(work.resolve("raftctl.yaml")).as("no cluster file").doesNotExist();
            assertThat(work.resolve(".raftctl")).as("no node data").doesNotExist();
            assertThat(RaftctlProcess.killDaemonsUnder(work)).as("raftd processes started under the work dir").isZero();
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    @Test
    void theSeedScenarioPrintsItsFourSectionsTheSameBytesTwice() throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-sim-");
        try {
            Files.copy(RaftctlProcess.EXAMPLES.resolve("leader-explodes.raftctl"), work.resolve("leader-explodes.raftctl"));
            RaftctlProcess.Result first = run(work, "run", "--sim", "leader-explodes.raftctl");
            RaftctlProcess.Result second = run(work, "run", "--sim", "leader-explodes.raftctl");
            assertThat(first.exitCode()).as(first.all()).isZero();
            assertThat(first.stdout()).contains(
                    "Section 1: Normal election\n",
                    "Section 2: Node 1 is leader, rigging it to explode on command and running command\n",
                    "Section 3: Leader node 1 returned an error from command request, clearing trigger and sending heartbeats to retry\n",
                    "Section 4: Leader node 1 retry succeeded, now need another heartbeat to trigger followers to apply and commit\n",
                    "| CNDI | p_v_r+N-2 t-1 li-0 lt-0 ", "| LEAD | CMD DONE ");
            assertThat(second.stdout()).isEqualTo(first.stdout());
            assertThat(second.stderr()).isEqualTo(first.stderr());
        } finally {
            RaftctlProcess.deleteTree(work);
        }
    }

    private static RaftctlProcess.Result run(Path work, String... args) throws IOException, InterruptedException {
        return RaftctlProcess.start(work, NO_RAFTD, Map.of(), args).await(120);
    }

    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(RaftctlProcess.EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".raftctl")).sorted().toList();
        }
    }
}
