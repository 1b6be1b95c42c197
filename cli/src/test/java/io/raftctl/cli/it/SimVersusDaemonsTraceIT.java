package io.raftctl.cli.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace of a timers-off script on the simulator is the trace of the same script on real daemons, row for row,
 * where the script fixes the order of every message: examples/one-message-at-a-time.raftctl holds every message and
 * delivers one node's queue at a time, waiting each time until the receivers have taken it.
 *
 * <p>Where the script leaves the order to the network, the two differ from run to run on daemons, and this test
 * compares only what the script does fix: examples/leader-explodes.raftctl, whose followers' answers race each other
 * to the leader on real sockets (docs/cli.md, "Scripts on the simulator"), has the same sections on both.
 */
class SimVersusDaemonsTraceIT {

    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void aScriptThatFixesTheMessageOrderHasTheSameTraceOnDaemonsAndOnTheSimulator() throws Exception {
        List<String> script = withCsvTrace(RaftctlProcess.EXAMPLES.resolve("one-message-at-a-time.raftctl"));
        List<String> onDaemons = traceRows(runOnDaemons(script));
        List<String> onSimulator = traceRows(runOnSimulator(script));
        assertThat(onDaemons).as("trace rows on daemons").hasSizeGreaterThan(60);
        assertThat(onSimulator).containsExactlyElementsOf(onDaemons);
    }

    @Test
    void theSeedScenarioHasTheSameSectionsOnDaemonsAndOnTheSimulator() throws Exception {
        List<String> script = withCsvTrace(RaftctlProcess.EXAMPLES.resolve("leader-explodes.raftctl"));
        List<String> onDaemons = sectionTitles(traceRows(runOnDaemons(script)));
        assertThat(onDaemons).hasSize(4);
        assertThat(sectionTitles(traceRows(runOnSimulator(script)))).containsExactlyElementsOf(onDaemons);
    }

    /** The script with its {@code trace show} printing CSV, which names every row's section, clock and node. */
    private static List<String> withCsvTrace(Path example) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(example)) {
            lines.add(line.strip().startsWith("trace show") ? "trace show --format csv" : line);
        }
        assertThat(lines).contains("trace show --format csv");
        return lines;
    }

    private static String runOnDaemons(List<String> script) throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-trace-");
        try {
            Files.write(work.resolve("script.raftctl"), script);
            RaftctlProcess.Result r = RaftctlProcess.run(work, TIMEOUT_SECONDS, "run", "-q", "script.raftctl");
            assertThat(r.exitCode()).as("%s%n%s", r.all(), RaftctlProcess.daemonLogs(work)).isZero();
            return r.stdout();
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    private static String runOnSimulator(List<String> script) throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-trace-");
        try {
            Files.write(work.resolve("script.raftctl"), script);
            RaftctlProcess.Result r = RaftctlProcess.run(work, TIMEOUT_SECONDS, "run", "-q", "--sim", "script.raftctl");
            assertThat(r.exitCode()).as(r.all()).isZero();
            return r.stdout();
        } finally {
            RaftctlProcess.deleteTree(work);
        }
    }

    /** The CSV rows of {@code trace show --format csv}: from its header to the first line that is not a row. */
    private static List<String> traceRows(String stdout) {
        List<String> rows = new ArrayList<>();
        boolean inTrace = false;
        for (String line : stdout.lines().toList()) {
            if (line.startsWith("section,title,clock,node,")) {
                inTrace = true;
            } else if (inTrace && line.matches("\\d+,.*")) {
                rows.add(line);
            } else if (inTrace) {
                break;
            }
        }
        assertThat(rows).as("trace rows in%n%s", stdout).isNotEmpty();
        return rows;
    }

    /** The sections' titles, in order, from CSV rows ({@code 1,Normal election,...}). */
    private static List<String> sectionTitles(List<String> rows) {
        List<String> titles = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split(",", 3);
            if (titles.size() < Integer.parseInt(cells[0])) titles.add(cells[1]);
        }
        return titles;
    }
}
