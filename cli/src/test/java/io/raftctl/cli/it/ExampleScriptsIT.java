package io.raftctl.cli.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every examples/*.raftctl runs green against real raftd processes, all in one {@code raftctl run}, while the
 * operator's own cluster is up in the same directory: the examples start clusters of their own, and must leave
 * that one as it was (same daemons, same cluster file).
 */
class ExampleScriptsIT {

    private static final long RUN_TIMEOUT_SECONDS = 600;

    @Test
    void everyExampleScriptPassesAndTheOperatorsClusterIsLeftAlone() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(RaftctlProcess.EXAMPLES)) {
            scripts = files.filter(f -> f.toString().endsWith(".raftctl")).sorted().toList();
        }
        assertThat(scripts).as("example scripts").hasSizeGreaterThanOrEqualTo(5);
        Path work = Files.createTempDirectory("raftctl-it-");
        try {
            RaftctlProcess.Result up = RaftctlProcess.run(work, 120, "up", "--timers", "off");
            assertThat(up.exitCode()).as(up.all()).isZero();
            String file = Files.readString(work.resolve("raftctl.yaml"));
            List<String> pids = pids(work);

            List<String> args = new ArrayList<>(List.of("run"));
            for (Path s : scripts) {
                Files.copy(s, work.resolve(s.getFileName()));
                args.add(s.getFileName().toString());
            }
            RaftctlProcess.Result r = RaftctlProcess.run(work, RUN_TIMEOUT_SECONDS, args.toArray(String[]::new));
            assertThat(r.exitCode())
                    .as("exit %d%n--- stdout%n%s%n--- stderr%n%s%n%s", r.exitCode(), r.stdout(), r.stderr(),
                            RaftctlProcess.daemonLogs(work))
                    .isZero();
            assertThat(r.stdout()).contains(scripts.size() + " scripts: " + scripts.size() + " passed");
            assertThat(r.stdout()).contains("== leader-explodes.raftctl ==").contains("Section 1: Normal election")
                    .contains("| N-1  | N-1 ").contains("N-2+vote yes-True").contains("CMD DONE");
            assertThat(Files.readString(work.resolve("raftctl.yaml"))).as("the operator's cluster file").isEqualTo(file);
            assertThat(pids(work)).as("the operator's daemons").isEqualTo(pids);
            RaftctlProcess.Result status = RaftctlProcess.run(work, 60, "status");
            assertThat(status.exitCode()).as(status.all()).isZero();
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    private static List<String> pids(Path work) throws IOException {
        List<String> pids = new ArrayList<>();
        for (String id : List.of("n1", "n2", "n3")) pids.add(Files.readString(work.resolve(".raftctl").resolve(id).resolve("raftd.pid")).strip());
        return pids;
    }
}
