package io.raftctl.cli.datadriven;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data-driven engine tests: every {@code testdata/*.txt} file of the repository is one test, a scenario told as
 * blocks of script lines, each followed by the output those lines print, compared exactly.
 *
 * <h2>The format</h2>
 * (cockroachdb's datadriven package, as etcd-io/raft's interaction tests use it)
 * <pre>
 * # A comment: lines whose first non-blank character is '#', and blank lines, between blocks.
 * # n3's pre-vote is refused by both: their logs are longer. No term moves.
 * elect n3
 * status n3
 * ----
 * n3 started an election (forced)
 * ID  ROLE      TERM  LEADER  COMMIT  APPLIED  LAST-INDEX  LAST-TERM  TIMERS  TRIGGERS  NETWORK  REACHABLE
 * n3  FOLLOWER  1     none    1       1        1           1          off     -         ok       yes
 * == Before the first section ==
 * N-1   N-2   N-3   NODE  OP                       DELTA
 * LEAD  FLWR  CNDI  N-3   NEW ROLE
 * LEAD  FLWR  CNDI  N-3   p_v_r+N-1 t-2 li-1 lt-1
 * ...
 *
 * command --node n2 add 1
 * ----
 * error (exit 1): not leader; leader is n1
 * ...
 * </pre>
 * <ul>
 *   <li>A <b>block</b> is one or more command lines, a {@code ----} line, and the expected output, which ends at
 *       the first blank line. An output that has blank lines in it is written between {@code ----}/{@code ----}
 *       pairs instead: {@code ----}, {@code ----}, the output, {@code ----}, {@code ----}. A blank line separates
 *       blocks; comments go before a block's command lines.</li>
 *   <li>The <b>command lines</b> are the scenario-script language of {@code raftctl run --sim} (docs/cli.md): every
 *       raftctl command, the script lines ({@code expect}, {@code wait}, {@code must-fail}, ...) and the
 *       simulator-only lines ({@code deliver}, {@code drop}, {@code stabilize}, {@code tick}). The runner adds one
 *       line of its own, {@code sim-cluster}, which makes the simulated cluster like a first {@code up} but also
 *       takes the flow-control settings of the cluster file that {@code up} has no option for
 *       ({@code --max-entries-per-message N}, {@code --max-inflight N}; see {@link SimScenario}).</li>
 *   <li>Each file runs in <b>one simulated world</b> (seed 1, as {@code run --sim} without {@code --seed}): its
 *       first block usually holds {@code up --nodes 3 --timers off}, and the state every block leaves is where the
 *       next begins. Every line of a block runs, even after one fails.</li>
 * </ul>
 *
 * <h2>What a block prints</h2>
 * <ol>
 *   <li>What each of its lines printed, in order, standard output and standard error together as printed. A
 *       line that fails ends with its error sentence and exit code: {@code error (exit 1): no leader} (the
 *       {@code error: no leader} raftctl prints, with the code).</li>
 *   <li>Then the <b>trace rows recorded during the block</b>, in the seed's notation (the default events, as
 *       {@code trace show} prints them), laid out as {@code trace show --format table} lays out those rows of
 *       their section: {@code == Section N: title ==}, the column line, the rows (one such table per section the
 *       rows fall in). The roles on a row are those of the whole trace at that point. So every block shows the
 *       messages and events its lines caused, as etcd's interaction tests print the messages of every step, and
 *       a change in who sends what to whom fails the test. A block with none prints no table.</li>
 *   <li>Except: a block with a {@code trace show} line prints what that line prints and no trace rows of its
 *       own (they would be the same rows twice).</li>
 * </ol>
 *
 * <h2>Rewrite mode</h2>
 * {@code mvn -B -pl cli -am test -Dtest=DataDrivenTest -Dsurefire.failIfNoSpecifiedTests=false -Drewrite=true}
 * runs every file and writes each block's actual output in place of its expected output, keeping comments,
 * command lines and the blank lines between blocks; a file whose outputs all match is not touched. Read the
 * {@code git diff} before committing it. Without it, a file whose output differs fails with each differing block
 * named by file and line, and a diff of expected ({@code -}) and actual ({@code +}) lines.
 */
class DataDrivenTest {

    /** Where surefire runs: the cli module. */
    static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();

    private static final boolean REWRITE = Boolean.getBoolean("rewrite");

    @TestFactory
    Stream<DynamicTest> everyTestdataFile() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(TESTDATA)) {
            files = all.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as("testdata files in " + TESTDATA).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> {
            String name = "testdata/" + f.getFileName();
            if (check(f, name, REWRITE)) System.out.println("rewrote " + name + " with the actual output");
        }));
    }

    /**
     * Runs {@code file} and compares every block's output with its expected output.
     *
     * @param name    how failures name the file
     * @param rewrite write the actual outputs into the file instead of failing
     * @return whether the file was rewritten (rewrite mode, and some output differed)
     * @throws AssertionFailedError naming every block whose output differs (not in rewrite mode)
     */
    static boolean check(Path file, String name, boolean rewrite) {
        String text = read(file);
        DataDrivenFile parsed = DataDrivenFile.parse(name, text);
        SimScenario scenario = new SimScenario(io.raftctl.cli.sim.SimWorld.DEFAULT_SEED);
        List<String> actual = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int differing = 0;
        for (DataDrivenFile.Block block : parsed.blocks()) {
            String output = scenario.run(block.lines());
            actual.add(output);
            if (output.equals(block.expected())) continue;
            differing++;
            int at = block.expectedLine() + Math.max(0, LineDiff.firstDifference(block.expected(), output));
            report.append('\n').append(name).append(':').append(at).append(": the output of the block on line ")
                    .append(block.firstLine()).append(" differs:\n");
            for (String l : block.lines()) report.append("  > ").append(l).append('\n');
            report.append(LineDiff.unified(block.expected(), output, name, block.expectedLine()));
        }
        if (differing == 0) return false;
        String rewritten = parsed.write(actual);
        if (rewrite) {
            try {
                Files.writeString(file, rewritten, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }
        throw new AssertionFailedError(name + ": " + differing + " of " + parsed.blocks().size() + " blocks print"
                + " other output than expected (rerun with -Drewrite=true to write the actual output into the file,"
                + " then read the git diff)\n" + report, text, rewritten);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
