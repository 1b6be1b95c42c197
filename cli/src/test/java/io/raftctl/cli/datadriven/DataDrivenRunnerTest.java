package io.raftctl.cli.datadriven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The data-driven runner itself: the file format, what a block prints, failures that name file and line, rewrite mode. */
class DataDrivenRunnerTest {

    @TempDir
    Path dir;

    private static final String FILE = """
            # A cluster of one.
            up --nodes 1 --timers off
            ----
            simulated cluster of 1 node (seed 1, timers off)
            n1 is up (simulated)

            elect n1
            ----
            n1 started an election (forced)
            == Before the first section ==
            N-1   NODE  OP        DELTA
            LEAD  N-1   NEW ROLE  t-1 lt-1 li-1
            LEAD  N-1   NEW ROLE

            # Two lines, one failing: both run, the failure with its exit code.
            command --node n1 multiply 2
            command add 2
            ----
            error (exit 1): invalid command: unknown counter command 'multiply' (expected add N, sub N or get)
            2 (index 2)
            == Before the first section ==
            N-1   NODE  OP         DELTA
            LEAD  N-1   CMD START  ci-1
            LEAD  N-1   CMD DONE
            LEAD  N-1   CMD START
            LEAD  N-1   CMD DONE   li-2 ci-2

            state n1
            echo
            ----
            ----
            total: 2

            ----
            ----
            """;

    @Test
    void aFileWhoseOutputsMatchPassesAndIsNotTouched() throws IOException {
        Path f = write("ok.txt", FILE);
        assertThat(DataDrivenTest.check(f, "ok.txt", false)).isFalse();
        assertThat(DataDrivenTest.check(f, "ok.txt", true)).as("nothing to rewrite").isFalse();
        assertThat(Files.readString(f)).isEqualTo(FILE);
    }

    @Test
    void parsingAndWritingBackGiveTheSameBytes() {
        DataDrivenFile parsed = DataDrivenFile.parse("ok.txt", FILE);
        assertThat(parsed.blocks()).hasSize(4);
        assertThat(parsed.blocks().get(2).lines()).containsExactly("command --node n1 multiply 2", "command add 2");
        assertThat(parsed.blocks().get(2).firstLine()).isEqualTo(16);
        assertThat(parsed.blocks().get(2).expectedLine()).isEqualTo(19);
        assertThat(parsed.blocks().get(3).expected()).isEqualTo("total: 2\n\n");
        assertThat(parsed.write()).isEqualTo(FILE);
    }

    @Test
    void aWrongExpectedLineFailsNamingFileLineAndTheDifferenceAndRewriteRestoresIt() throws IOException {
        String wrong = FILE.replace("2 (index 2)", "2 (index 3)");
        Path f = write("wrong.txt", wrong);

        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class,
                () -> DataDrivenTest.check(f, "testdata/wrong.txt", false));
        assertThat(e.getMessage()).startsWith("testdata/wrong.txt: 1 of 4 blocks print other output than expected"
                + " (rerun with -Drewrite=true");
        assertThat(e.getMessage()).contains("""
                testdata/wrong.txt:20: the output of the block on line 16 differs:
                  > command --node n1 multiply 2
                  > command add 2
                  @@ testdata/wrong.txt:19
                   error (exit 1): invalid command: unknown counter command 'multiply' (expected add N, sub N or get)
                  -2 (index 3)
                  +2 (index 2)
                   == Before the first section ==
                   N-1   NODE  OP         DELTA
                """);
        assertThat(Files.readString(f)).as("a failing check leaves the file alone").isEqualTo(wrong);

        assertThat(DataDrivenTest.check(f, "testdata/wrong.txt", true)).isTrue();
        assertThat(Files.readString(f)).as("rewrite mode writes the actual output back").isEqualTo(FILE);
        assertThat(DataDrivenTest.check(f, "testdata/wrong.txt", false)).isFalse();
    }

    @Test
    void rewriteModeFillsInEmptyOutputsKeepingCommentsAndChoosesTheLongFormForBlankLines() throws IOException {
        String bare = """
                # A cluster of one.
                up --nodes 1 --timers off
                ----

                elect n1
                ----

                # Two lines, one failing: both run, the failure with its exit code.
                command --node n1 multiply 2
                command add 2
                ----

                state n1
                echo
                ----
                """;
        Path f = write("bare.txt", bare);
        assertThat(DataDrivenTest.check(f, "bare.txt", true)).isTrue();
        assertThat(Files.readString(f)).isEqualTo(FILE);
    }

    @Test
    void aBlockWithATraceShowLinePrintsNoTraceRowsOfItsOwn() {
        SimScenario s = new SimScenario(1);
        s.run(List.of("up --nodes 1 --timers off"));
        String out = s.run(List.of("elect n1", "trace show --format csv"));
        assertThat(out).startsWith("n1 started an election (forced)\nsection,title,").doesNotContain("== Before");
        assertThat(s.run(List.of("heartbeat"))).as("the rows of earlier blocks are not shown again").isEqualTo("n1 sent heartbeats\n");
    }

    @Test
    void malformedFilesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> DataDrivenFile.parse("x.txt", "up\nstatus\n"))
                .hasMessage("x.txt:1: the block has no '----' line after its commands");
        assertThatThrownBy(() -> DataDrivenFile.parse("x.txt", "# c\nup\n\nstatus\n----\n"))
                .hasMessageStartingWith("x.txt:3: a blank line among command lines");
        assertThatThrownBy(() -> DataDrivenFile.parse("x.txt", "status\n----\n----\nrow\n\n"))
                .hasMessageStartingWith("x.txt:3: the output opened by '----' twice is not closed");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
