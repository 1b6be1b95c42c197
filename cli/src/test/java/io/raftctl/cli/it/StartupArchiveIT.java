package io.raftctl.cli.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ./raftctl launcher's class-data-sharing archive (.ci/startup-archive): made on first use, used after,
 * made again for a new jar or when emptied, and never in the way of the command when anything goes wrong.
 * Runs a copy of the launcher and the jars in a directory of its own, so the checkout's archive is untouched.
 */
class StartupArchiveIT {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private Path copy;
    private Path jar;
    private Path archives;
    private String version;

    @BeforeEach
    void launcherCopy() throws IOException {
        copy = Files.createTempDirectory("raftctl-it-startup-");
        for (String file : List.of("raftctl", ".ci/build-if-needed", ".ci/startup-archive",
                "cli/target/raftctl.jar", "node-daemon/target/raftd.jar")) {
            Path target = copy.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(REPO.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        // Without sources or poms beside them the jars are never stale: the launcher does not build.
        jar = copy.resolve("cli/target/raftctl.jar");
        archives = copy.resolve("cli/target/startup");
        version = new String(new ProcessBuilder("java", "-jar", jar.toString(), "--version").start()
                .getInputStream().readAllBytes());
    }

    @AfterEach
    void remove() throws IOException {
        RaftctlProcess.deleteTree(copy);
    }

    @Test
    void theFirstLaunchMakesTheArchiveAndTheNextOnesMapRaftctlsClassesFromIt() throws Exception {
        Launch first = launch(Map.of(), "--version");
        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(first.out).isEqualTo(version);
        assertThat(first.err).as("nothing on stderr when it is not a terminal").isEmpty();
        assertThat(archives()).hasSize(1);

        Path log = copy.resolve("classes.log");
        // -Xshare:on: the JVM refuses to start rather than run without the archive.
        Launch next = launch(Map.of("RAFTCTL_JAVA_OPTS", "-Xshare:on -Xlog:class+load:file=" + log), "--version");
        assertThat(next.exitCode).as(next.err).isZero();
        assertThat(next.out).isEqualTo(version);
        String classes = Files.readString(log);
        assertThat(classes).contains("io.raftctl.cli.Main source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file")
                .contains("io.raftctl.cli.commands.RootCommand source: shared objects file");
    }

    @Test
    void aBrokenArchiveNeverBreaksTheCommandAndAnEmptiedOneIsMadeAgain() throws Exception {
        assertThat(launch(Map.of(), "--version").exitCode).isZero();
        Path archive = archives().get(0);

        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        Launch broken = launch(Map.of(), "--version");
        assertThat(broken.exitCode).as(broken.err).isZero();
        assertThat(broken.out).isEqualTo(version);
        assertThat(broken.err).isEmpty();

        Files.write(archive, new byte[0]);
        Launch emptied = launch(Map.of(), "--version");
        assertThat(emptied.exitCode).as(emptied.err).isZero();
        assertThat(archive).isNotEmptyFile();
        assertThat(launch(Map.of("RAFTCTL_JAVA_OPTS", "-Xshare:on"), "--version").exitCode).isZero();
    }

    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwnAndTheOldOneGoes() throws Exception {
        assertThat(launch(Map.of(), "--version").exitCode).isZero();
        Path old = archives().get(0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Launch rebuilt = launch(Map.of("RAFTCTL_JAVA_OPTS", "-Xshare:on"), "--version");
        assertThat(rebuilt.exitCode).as(rebuilt.err).isZero();
        assertThat(archives()).hasSize(1).doesNotContain(old);
    }

    @Test
    void concurrentFirstLaunchesAllRunAndLeaveOneUsableArchive() throws Exception {
        List<Process> launches = new ArrayList<>();
        for (int i = 0; i < 3; i++) launches.add(start(Map.of(), copy.resolve("out" + i), "--version"));
        for (int i = 0; i < launches.size(); i++) {
            assertThat(launches.get(i).waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(launches.get(i).exitValue()).isZero();
            assertThat(copy.resolve("out" + i)).content().isEqualTo(version);
        }
        assertThat(archives()).hasSize(1);
        assertThat(launch(Map.of("RAFTCTL_JAVA_OPTS", "-Xshare:on"), "--version").exitCode).isZero();
    }

    @Test
    void whenTheArchiveCannotBeMadeTheCommandRunsWithoutIt() throws Exception {
        Files.writeString(archives, "a file where the archives' directory should be");
        Launch launch = launch(Map.of(), "--version");
        assertThat(launch.exitCode).as(launch.err).isZero();
        assertThat(launch.out).isEqualTo(version);
        assertThat(launch.err).isEmpty();

        Files.delete(archives);
        Launch off = launch(Map.of("RAFTCTL_STARTUP_ARCHIVE", "off"), "--version");
        assertThat(off.exitCode).isZero();
        assertThat(archives).doesNotExist();
    }

    private record Launch(int exitCode, String out, String err) {
    }

    private Launch launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(copy, "launch", ".out");
        Process p = start(env, out, args);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Launch(p.exitValue(), Files.readString(out), Files.readString(Path.of(out + ".err")));
    }

    private Process start(Map<String, String> env, Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(copy.resolve("raftctl").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(copy.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(new File(out + ".err"));
        pb.environment().remove("RAFTCTL_JAVA_OPTS");
        pb.environment().remove("RAFTCTL_STARTUP_ARCHIVE");
        pb.environment().putAll(env);
        return pb.start();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}
