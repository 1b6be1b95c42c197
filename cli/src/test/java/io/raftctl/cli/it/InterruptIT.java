package io.raftctl.cli.it;

import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.cluster.LocalClusterSpec;
import io.raftctl.cli.process.FakeRaftdJar;
import io.raftctl.cli.process.FreePorts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl-C (SIGINT) in one-shot commands ends the line, says what state it left and exits 130. */
class InterruptIT {

    @Test
    void ctrlCDuringUpSaysWhichDaemonsRunAndExits130() throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-int-");
        try {
            Path fake = FakeRaftdJar.build(Files.createDirectory(work.resolve("fake")));
            Path file = work.resolve("raftctl.yaml");
            ClusterFiles.writeLocalDefault(file, new LocalClusterSpec("t", 2, FreePorts.take(2), FreePorts.take(2),
                    Path.of(".raftctl"), true, true, true));
            // Daemons that start but never answer: up waits for them until interrupted.
            Files.writeString(file, Files.readString(file) + "# fake-raftd: silent\n");
            ClusterView cluster = ClusterFiles.load(file);
            RaftctlProcess.Running up = RaftctlProcess.start(work, fake, Map.of(), "up");
            awaitTrue(Duration.ofSeconds(30), () -> Files.exists(cluster.pidFile("n1")) && Files.exists(cluster.pidFile("n2")));
            up.interrupt();
            RaftctlProcess.Result r = up.await(30);
            assertThat(r.exitCode()).as(r.all()).isEqualTo(130);
            assertThat(r.stderr()).contains("interrupted while waiting for the daemons to answer")
                    .contains("still starting: n1 (pid ").contains("n2 (pid ").contains("'raftctl down' stops them");
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    @Test
    void ctrlCDuringChaosStopsItsDaemonsKeepsItsFilesAndSaysSo() throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-int-");
        try {
            Path dir = work.resolve("run");
            RaftctlProcess.Running chaos = RaftctlProcess.start(work, Map.of(), "chaos", "--duration", "300s",
                    "--machine", "counter", "--faults", "hold", "--seed", "7", "--dir", dir.toString());
            awaitTrue(Duration.ofSeconds(120), () -> chaos.outputSoFar().contains("started 1 cluster(s)"));
            chaos.interrupt();
            RaftctlProcess.Result r = chaos.await(60);
            assertThat(r.exitCode()).as(r.all()).isEqualTo(130);
            assertThat(r.stderr()).contains("chaos run interrupted after").contains("before any check")
                    .contains("its files are kept in " + dir);
            assertThat(dir.resolve("nemesis.log")).exists();
            assertThat(RaftctlProcess.killDaemonsUnder(work)).as("chaos stopped every daemon it started").isZero();
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    private static void awaitTrue(Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("condition within " + timeout).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
