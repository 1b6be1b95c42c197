package io.raftctl.cli.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged raftctl as a separate process, the way an operator does, in a working directory of
 * its own; and stops the raftd processes started there, and nothing else, when a test is done.
 */
final class RaftctlProcess {

    /** Where failsafe runs: the cli module. */
    static final Path RAFTCTL_JAR = Path.of("target", "raftctl.jar").toAbsolutePath();
    static final Path RAFTD_JAR = Path.of("..", "node-daemon", "target", "raftd.jar").toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    private RaftctlProcess() {
    }

    static Result run(Path workDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        return run(workDir, timeoutSeconds, Map.of(), args);
    }

    static Result run(Path workDir, long timeoutSeconds, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return start(workDir, env, args).await(timeoutSeconds);
    }

    /** A raftctl started in the background, for tests that act on the cluster while it runs. */
    static final class Running {
        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        boolean alive() {
            return process.isAlive();
        }

        /** What it has printed on stdout and stderr so far. */
        String outputSoFar() throws IOException {
            return Files.readString(out) + Files.readString(err);
        }

        /** Ctrl-C: SIGINT to this raftctl process only. */
        void interrupt() throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) throw new IOException("kill -INT " + process.pid() + " failed");
        }

        /** Waits for it to end; past the timeout, kills it (this process only, by its pid) and says so. */
        Result await(long timeoutSeconds) throws IOException, InterruptedException {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return new Result(-1, Files.readString(out), Files.readString(err) + "\n(raftctl timed out after " + timeoutSeconds + "s)");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    static Running start(Path workDir, Map<String, String> env, String... args) throws IOException {
        return start(workDir, RAFTD_JAR, env, args);
    }

    /** @param raftdJar the daemon jar raftctl starts (a stand-in for tests of raftctl alone) */
    static Running start(Path workDir, Path raftdJar, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Draftd.jar=" + raftdJar, "-jar", RAFTCTL_JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "raftctl", ".out");
        Path err = Files.createTempFile(workDir, "raftctl", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("RAFTCTL_CONFIG");
        pb.environment().put("NO_COLOR", "1");
        pb.environment().putAll(env);
        return new Running(pb.start(), out, err);
    }

    /** Kills every raftd whose command line points into {@code workDir}: only processes this test started. */
    static int killDaemonsUnder(Path workDir) {
        String marker = workDir.toAbsolutePath().toString();
        List<ProcessHandle> ours = new ArrayList<>();
        for (ProcessHandle h : ProcessHandle.allProcesses().toList()) {
            Optional<String> line = h.info().commandLine();
            if (line.isPresent() && line.get().contains("raftd") && line.get().contains(marker)) ours.add(h);
        }
        for (ProcessHandle h : ours) h.destroyForcibly();
        for (ProcessHandle h : ours) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by the caller's assertions; nothing else to do here
            }
        }
        return ours.size();
    }

    /** Deletes {@code dir} and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    /** The tail of every raftd log under {@code workDir}, for failure messages. */
    static String daemonLogs(Path workDir) {
        StringBuilder b = new StringBuilder();
        try (var files = Files.walk(workDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("raftd\\.(log|out)")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                b.append("--- ").append(workDir.relativize(f)).append('\n');
                lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> b.append(l).append('\n'));
            }
        } catch (IOException e) {
            b.append("(could not read daemon logs: ").append(e.getMessage()).append(")\n");
        }
        return b.toString();
    }
}
