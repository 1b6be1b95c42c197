package io.raftctl.cli.process;

import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.OutputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code up} and {@code down} with a stand-in raftd jar: real processes, pid files, identity checks. */
@EnabledOnOs(OS.LINUX)
class UpDownTest {

    @TempDir
    static Path jarDir;
    static Path jar;

    @TempDir
    Path dir;

    private Path file;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void buildJar() throws IOException {
        jar = FakeRaftdJar.build(jarDir);
    }

    @AfterEach
    void killLeftovers() {
        if (file == null || !Files.exists(file)) return;
        ClusterView cluster = ClusterFiles.load(file);
        for (String id : cluster.ids()) {
            DaemonManager.readPid(cluster.pidFile(id)).flatMap(ProcessHandle::of).ifPresent(p -> {
                if (ProcessInspector.commandLine(p).map(a -> a.contains(file.toString())).orElse(false)) p.destroyForcibly();
            });
        }
    }

    private Outcome run(String line) {
        out = new StringWriter();
        err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of("RAFTD_JAR", jar.toString()))
                .withDefaults(file, OutputFormat.TEXT, false);
        return Raftctl.executeLine(session, line);
    }

    private Optional<ProcessHandle> daemon(ClusterView cluster, String id) {
        return DaemonManager.readPid(cluster.pidFile(id)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    @Test
    void upWritesADefaultFileStartsEveryNodeAndIsIdempotent() {
        file = dir.resolve("raftctl.yaml");
        Outcome first = run("up --nodes 2 --timers off");
        assertThat(first.exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(ClusterFiles.isGenerated(file)).isTrue();
        ClusterView cluster = ClusterFiles.load(file);
        assertThat(cluster.ids()).containsExactly("n1", "n2");
        assertThat(cluster.dataDir("n1")).isEqualTo(dir.resolve(".raftctl").resolve("n1"));
        ProcessHandle n1 = daemon(cluster, "n1").orElseThrow();
        assertThat(ProcessInspector.commandLine(n1).orElseThrow())
                .containsSequence("--config", file.toString(), "--node", "n1", "--timers", "off");
        assertThat(out.toString()).contains("n1 is up").contains("n2 is up");

        Outcome again = run("up --timers on");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("n1 is already running (timers on)");
        assertThat(daemon(cluster, "n1").orElseThrow().pid()).isEqualTo(n1.pid());
    }

    @Test
    void downStopsDaemonsRemovesPidFilesAndIsIdempotent() {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 2").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        ClusterView cluster = ClusterFiles.load(file);
        ProcessHandle n1 = daemon(cluster, "n1").orElseThrow();

        assertThat(run("down n1").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ProcessExit.exited(n1)).as("n1 has exited (a zombie until its parent reaps it)").isTrue();
        assertThat(cluster.pidFile("n1")).doesNotExist();
        assertThat(daemon(cluster, "n2")).isPresent();

        assertThat(run("down --kill").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("n1 is not running").contains("n2 killed");
        assertThat(cluster.pidFile("n2")).doesNotExist();
        assertThat(run("down").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void downSignalsEveryNodeBeforeWaitingForAnyOfThem() throws IOException {
        file = dir.resolve("raftctl.yaml");
        ClusterFiles.writeLocalDefault(file, new io.raftctl.cli.cluster.LocalClusterSpec("t", 3,
                FreePorts.take(3), FreePorts.take(3), Path.of(".raftctl"), true, true, true));
        Files.writeString(file, Files.readString(file) + "# fake-raftd: slow-exit\n");
        assertThat(run("up").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run("down").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        ClusterView cluster = ClusterFiles.load(file);
        long lastTerm = 0;
        long firstExit = Long.MAX_VALUE;
        for (String id : cluster.ids()) {
            List<String> log = Files.readAllLines(cluster.dataDir(id).resolve("stop.log"));
            assertThat(log).as(id + " stop.log").hasSize(2);
            lastTerm = Math.max(lastTerm, Long.parseLong(log.get(0).split(" ")[1]));
            firstExit = Math.min(firstExit, Long.parseLong(log.get(1).split(" ")[1]));
        }
        // Each node takes 1.5 s from SIGTERM to exit: one after another, a node would get SIGTERM after another exited.
        assertThat(lastTerm).as("the last SIGTERM arrived before the first node exited").isLessThan(firstExit);
        assertThat(out.toString()).contains("n1 stopped").contains("n2 stopped").contains("n3 stopped");
    }

    @Test
    void twoUpAtOnceStartEveryDaemonOnce() throws Exception {
        file = dir.resolve("raftctl.yaml");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = two.submit(() -> capture("up --nodes 2"));
            var b = two.submit(() -> capture("up --nodes 2"));
            Captured first = a.get();
            Captured second = b.get();
            assertThat(first.outcome().exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
            assertThat(second.outcome().exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
            assertThat(first.out() + second.out()).contains("n1 is already running").contains("n2 is already running");
        } finally {
            two.shutdownNow();
        }
        ClusterView cluster = ClusterFiles.load(file);
        long daemons = ProcessHandle.allProcesses()
                .filter(p -> ProcessInspector.commandLine(p).map(args -> args.contains(file.toString())).orElse(false))
                .count();
        assertThat(daemons).as("one raftd per node").isEqualTo(2);
        assertThat(daemon(cluster, "n1")).isPresent();
        assertThat(daemon(cluster, "n2")).isPresent();
    }

    @Test
    void aScriptThatStartsItsOwnClusterLeavesTheOperatorsClusterAlone() throws IOException {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 1").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        String operatorsFile = Files.readString(file);
        long operatorsN1 = daemon(ClusterFiles.load(file), "n1").orElseThrow().pid();
        Path script = Files.writeString(dir.resolve("own.raftctl"), "up --nodes 2 --fresh\nstatus\n");
        Captured r = captureByDefault("run " + script);
        Path scratch = scratchDir(r.out());
        try {
            assertThat(r.outcome().exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
            assertThat(Files.readString(file)).as("the operator's cluster file is not rewritten").isEqualTo(operatorsFile);
            assertThat(daemon(ClusterFiles.load(file), "n1").map(ProcessHandle::pid)).as("nor its daemon stopped")
                    .contains(operatorsN1);
            assertThat(r.out()).contains("n2 is up").contains("stopped n1, n2 of the script's own cluster");
            assertThat(scratch).as("a passing script's scratch directory is removed").doesNotExist();
            assertThat(processesUnder(scratch)).as("nothing of the script's cluster runs").isEmpty();
        } finally {
            processesUnder(scratch).forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aFailedScriptKeepsItsScratchDirectoryButNotItsDaemons() throws IOException {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 1").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path script = Files.writeString(dir.resolve("fails.raftctl"), "up --nodes 1\nexpect n1 role LEADER\n");
        Captured r = captureByDefault("run " + script);
        Path scratch = scratchDir(r.out());
        try {
            assertThat(r.outcome().exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.outcome().error()).contains("fails.raftctl:2: expect n1 role LEADER");
            assertThat(r.out()).contains("kept " + scratch);
            assertThat(scratch.resolve("raftctl.yaml")).exists();
            assertThat(processesUnder(scratch)).isEmpty();
        } finally {
            processesUnder(scratch).forEach(ProcessHandle::destroyForcibly);
            try (var files = Files.walk(scratch)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
    }

    @Test
    void withNoClusterFileYetScriptsRunInPlaceAndLaterScriptsOfTheRunReuseIt() throws IOException {
        file = dir.resolve("raftctl.yaml");
        Path first = Files.writeString(dir.resolve("first.raftctl"), "up --nodes 1\n");
        Path second = Files.writeString(dir.resolve("second.raftctl"), "up --nodes 1 --fresh\nstatus\n");
        Captured r = captureByDefault("run " + first + " " + second);
        assertThat(r.outcome().exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).doesNotContain("its own cluster").contains("(cluster file " + file).contains("2 scripts: 2 passed");
        assertThat(daemon(ClusterFiles.load(file), "n1")).as("the cluster the scripts made keeps running, as its file says")
                .isPresent();
    }

    @Test
    void aScriptRunsInPlaceWhenAClusterFileIsNamed() throws IOException {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 1").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path script = Files.writeString(dir.resolve("named.raftctl"), "up --nodes 1\n");
        assertThat(run("run " + script).exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("(cluster file " + file);
    }

    /** A line run with {@code file} as the default cluster file, as ./raftctl.yaml is when nobody names one. */
    private Captured captureByDefault(String line) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Session session = Session.of(new PrintWriter(o, true), new PrintWriter(e, true), Map.of("RAFTD_JAR", jar.toString()))
                .withDefaults(file, false, OutputFormat.TEXT, false);
        Outcome outcome = Raftctl.executeLine(session, line);
        return new Captured(outcome, o.toString(), e.toString());
    }

    private static Path scratchDir(String output) {
        var m = java.util.regex.Pattern.compile("its own cluster, in (\\S+): ").matcher(output);
        assertThat(m.find()).as("header naming the scratch directory in: " + output).isTrue();
        return Path.of(m.group(1));
    }

    private static List<ProcessHandle> processesUnder(Path scratch) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> ProcessInspector.commandLine(p).map(a -> String.join(" ", a).contains(scratch.toString())).orElse(false))
                .filter(p -> !ProcessExit.exited(p))
                .toList();
    }

    private record Captured(Outcome outcome, String out, String err) {
    }

    private Captured capture(String line) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Session session = Session.of(new PrintWriter(o, true), new PrintWriter(e, true), Map.of("RAFTD_JAR", jar.toString()))
                .withDefaults(file, OutputFormat.TEXT, false);
        Outcome outcome = Raftctl.executeLine(session, line);
        return new Captured(outcome, o.toString(), e.toString());
    }

    @Test
    void aStalePidFileNamingAnotherProcessIsRemovedWithoutSignallingIt() throws IOException {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 1").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        ClusterView cluster = ClusterFiles.load(file);
        assertThat(run("down").exitCode()).isEqualTo(ExitCodes.OK);
        // This test JVM is alive but is not n1's raftd.
        Files.writeString(cluster.pidFile("n1"), Long.toString(ProcessHandle.current().pid()));
        assertThat(run("down").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("n1 is not running");
        assertThat(cluster.pidFile("n1")).doesNotExist();
    }

    @Test
    void freshWipesDataAndADifferentNodeCountNeedsFresh() throws IOException {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 1").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        ClusterView cluster = ClusterFiles.load(file);
        Path marker = Files.writeString(cluster.dataDir("n1").resolve("log.dat"), "old");
        Path rules = Files.writeString(cluster.dataDir("n1").resolve("net-rules.json"),
                "{\"format\":1,\"isolated\":[\"n1\"],\"groups\":[]}\n");

        Outcome mismatch = run("up --nodes 3");
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(mismatch.error()).contains("defines 1 node, not 3").contains("--fresh");

        assertThat(run("up --nodes 3 --fresh").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(marker).doesNotExist();
        assertThat(rules).as("the network rules go with the data directory").doesNotExist();
        assertThat(ClusterFiles.load(file).ids()).containsExactly("n1", "n2", "n3");
        assertThat(daemon(ClusterFiles.load(file), "n3")).isPresent();
    }

    @Test
    void theCreatingLinesOptionsPersistInTheFileAndFreshRewritesThem() throws IOException {
        file = dir.resolve("raftctl.yaml");
        assertThat(run("up --nodes 1 --timers off --pre-vote off").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        String written = Files.readString(file);
        assertThat(written).containsPattern("timers: off").containsPattern("pre_vote: false");
        int adminPort = ClusterFiles.load(file).node("n1").admin().port();

        assertThat(run("up --fresh").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(file)).containsPattern("timers: on").containsPattern("pre_vote: true");
        assertThat(ClusterFiles.load(file).node("n1").admin().port()).isEqualTo(adminPort);
    }

    @Test
    void anOnOffOptionTakesOnOrOffAndNamesItselfWhenItDoesNot() {
        file = dir.resolve("raftctl.yaml");
        for (String option : List.of("--timers", "--pre-vote", "--check-quorum")) {
            Outcome bad = run("up " + option + " maybe");
            assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(bad.error()).startsWith("invalid value for option '" + option + "': expected on or off, not 'maybe'");
            assertThat(run("up " + option).error()).startsWith("missing required parameter for option '" + option + "' (on|off)");
        }
        assertThat(file).as("nothing is written when the line does not parse").doesNotExist();
    }

    @Test
    void aUserWrittenFileIsNeverRewritten() throws IOException {
        file = dir.resolve("raftctl.yaml");
        ClusterFiles.writeLocalDefault(file, new io.raftctl.cli.cluster.LocalClusterSpec("mine", 1,
                FreePorts.take(1), FreePorts.take(1), Path.of(".raftctl"), true, true, true));
        String text = Files.readString(file).lines().skip(1).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(file, text);
        assertThat(run("up --fresh --timers off").exitCode()).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(run("up --fresh --nodes 2").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aDaemonThatExitsWhileStartingIsReportedWithItsOutput() throws IOException {
        file = dir.resolve("raftctl.yaml");
        ClusterFiles.writeLocalDefault(file, new io.raftctl.cli.cluster.LocalClusterSpec("t", 1,
                FreePorts.take(1), FreePorts.take(1), Path.of(".raftctl"), true, true, true));
        Files.writeString(file, Files.readString(file) + "# fake-raftd: fail\n");
        Outcome o = run("up");
        assertThat(o.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(o.error()).contains("raftd n1 exited with code 3 while starting").contains("boom: cannot bind");
    }

    @Test
    void withoutARaftdJarUpIsAConfigurationError() {
        file = dir.resolve("raftctl.yaml");
        out = new StringWriter();
        err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("RAFTD_JAR", dir.resolve("missing.jar").toString())).withDefaults(file, OutputFormat.TEXT, false);
        Outcome o = Raftctl.executeLine(session, "up");
        assertThat(o.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(o.error()).contains("missing.jar").contains("not found");
    }

}
