package io.raftctl.cli.man;

import io.raftctl.cli.ErrorReporter;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The roff man pages built from docs/man/*.adoc, and {@code raftctl man}, which shows them. */
class ManCommandTest {

    @TempDir
    Path dir;

    @Test
    void theClassPathHasARoffPageForEveryCommandOfTheModel() {
        List<String> missing = new ArrayList<>();
        for (CommandSpec command : ManPages.commands(model())) {
            if (ManPages.roff(command).isEmpty()) missing.add(ManPages.RESOURCES + ManPages.fileName(command));
        }
        assertThat(missing).as("man pages missing from the class path (regenerate docs/man, then build:"
                + " mvn -B -Pregenerate -pl cli -am process-test-classes)").isEmpty();
        assertThat(ManPages.commands(model())).extracting(ManPages::name)
                .contains("raftctl", "raftctl-up", "raftctl-trace-show", "raftctl-man");
    }

    @Test
    void eachPageStartsWithATitleLineNamingItsCommand() {
        for (CommandSpec command : ManPages.commands(model())) {
            String roff = ManPages.roff(command).orElseThrow();
            String title = roff.lines().filter(l -> !l.startsWith("'\\\"") && !l.startsWith(".\\\"")).findFirst().orElse("");
            String name = ManPages.name(command).replace("-", "\\-");
            assertThat(title).as("first line after the comments of " + ManPages.fileName(command))
                    .startsWith(".TH \"" + name.toUpperCase(java.util.Locale.ROOT) + "\" \"1\"");
            assertThat(roff).as(ManPages.fileName(command) + " names its command")
                    .contains(".SH \"NAME\"\n" + ManPages.name(command) + " \\- ");
        }
    }

    @Test
    void manUpPrintsTheRoffOfUpWhenNotOnATerminal() {
        Run up = run("man", "up");
        assertThat(up.outcome.exitCode()).as(up.err).isEqualTo(ExitCodes.OK);
        assertThat(up.out).startsWith("'\\\" t\n").contains("\n.TH \"RAFTCTL\\-UP\" \"1\"").contains("\\-\\-fresh");
        assertThat(run("man", "up", "--roff").out).isEqualTo(up.out);
    }

    @Test
    void bareManIsThePageOfRaftctlAndNestedCommandsAreTypedAsInHelp() {
        assertThat(run("man").out).contains("\n.TH \"RAFTCTL\" \"1\"");
        assertThat(run("man", "trace", "show").out).contains("\n.TH \"RAFTCTL\\-TRACE\\-SHOW\" \"1\"");
        assertThat(run("-o", "json", "man", "net", "split").out).contains("\"page\" : \"raftctl-net-split.1\"")
                .contains("\"command\" : \"raftctl net split\"");
    }

    @Test
    void anUnknownCommandIsAUsageErrorInOneSentence() {
        Run unknown = run("man", "nosuch");
        assertThat(unknown.outcome.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.out).isEmpty();
        assertThat(unknown.err.strip()).isEqualTo("error: unknown command 'raftctl nosuch' (see 'raftctl --help')");
        Run nested = run("man", "trace", "nosuch");
        assertThat(nested.outcome.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nested.err.strip()).isEqualTo("error: unknown command 'raftctl trace nosuch' (see 'raftctl trace --help')");
    }

    @Test
    void installWritesEveryPageIntoMan1AndSaysHowToReadThem() throws IOException {
        Run install = run("man", "--install", dir.toString());
        assertThat(install.outcome.exitCode()).as(install.err).isEqualTo(ExitCodes.OK);
        Path man1 = dir.resolve("man1");
        for (CommandSpec command : ManPages.commands(model())) {
            assertThat(man1.resolve(ManPages.fileName(command))).content(StandardCharsets.UTF_8)
                    .isEqualTo(ManPages.roff(command).orElseThrow());
        }
        assertThat(install.out).contains("wrote " + ManPages.commands(model()).size() + " man pages to " + man1)
                .contains("MANPATH=" + dir + ": man raftctl-up");
        assertThat(run("man", "--install", dir.toString(), "up").outcome.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void manRendersEveryPageWithoutAWarning() throws IOException, InterruptedException {
        Tools.require("man");
        assertThat(run("man", "--install", dir.toString()).outcome.exitCode()).isEqualTo(ExitCodes.OK);
        for (CommandSpec command : ManPages.commands(model())) {
            Path page = dir.resolve("man1").resolve(ManPages.fileName(command));
            ProcessBuilder pb = new ProcessBuilder("man", "-l", page.toString())
                    .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
            pb.environment().put("MANPAGER", "cat");
            pb.environment().put("MANWIDTH", "80");
            Process man = pb.start();
            assertThat(man.waitFor(30, TimeUnit.SECONDS)).as("man -l " + page.getFileName() + " finished").isTrue();
            String err = Files.readString(dir.resolve("err.txt"));
            assertThat(man.exitValue()).as("man -l " + page.getFileName() + ": " + err).isZero();
            assertThat(err).as("man -l " + page.getFileName() + " warnings").isEmpty();
            assertThat(Files.readString(dir.resolve("out.txt"))).as("man -l " + page.getFileName())
                    .contains(ManPages.name(command) + " - ").contains("SYNOPSIS");
        }
    }

    private record Run(Outcome outcome, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        Outcome outcome = Raftctl.execute(session, List.of(args));
        return new Run(outcome, out.toString(), err.toString());
    }

    private static CommandSpec model() {
        Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
        return Raftctl.commandLine(session, new ErrorReporter(session)).getCommandSpec();
    }
}
