package io.raftctl.cli.sim;

import io.raftctl.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * raftctl sim must be able to fail: on an engine that commits entries of earlier terms by counting replicas (the bug
 * of Figure 8 in the Raft paper, behind the hidden --commit-rule count-replicas) it finds a violation, shrinks it to a
 * short script, and that script, replayed by run --sim with the same engine, fails with the same invariant, while
 * Raft's engine runs the same lines without breaking anything.
 */
class BrokenEngineSelfTest {

    /**
     * The shrunk script must be short enough to read; the last one found had the length docs/reliability.md gives.
     * Since messages on the wire survive their sender's crash, the bug needs more lines (drops) to show.
     */
    private static final int MAX_SCRIPT_LINES = 120;

    @TempDir
    Path dir;

    @Test
    void findsShrinksAndReplaysTheFigure8Bug() throws IOException {
        Path script = dir.resolve("found.raftctl");
        SimLines.Result found = SimLines.outside("sim --commit-rule count-replicas --profile faulty --seeds 2000 --out " + script);
        assertThat(found.exitCode()).as(found.out() + found.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(found.error()).matches("seed \\d+ breaks [a-z <=]+ \\(a script of \\d+ lines reproduces it\\)");
        String invariant = group("breaks ([a-z <=]+) \\(", found.error());
        long seed = Long.parseLong(group("^seed (\\d+)", found.error()));
        int length = Integer.parseInt(group("a script of (\\d+) lines", found.error()));

        List<String> lines = Files.readAllLines(script).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).hasSize(length);
        assertThat(lines.get(0)).startsWith("up --nodes ");
        assertThat(lines.get(1)).isEqualTo("net hold");
        assertThat(length).as("the shrunk script's length").isLessThanOrEqualTo(MAX_SCRIPT_LINES);
        assertThat(found.out()).contains("replay: raftctl run --sim --seed " + seed + " --commit-rule count-replicas " + script);

        SimLines.Result replay = SimLines.outside("run -q --sim --seed " + seed + " --commit-rule count-replicas " + script);
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(replay.error()).as("the last line fails with the invariant")
                .startsWith(script + ":" + (length + 3) + ": " + lines.get(length - 1) + ": ")
                .contains("the simulator found a violation of Raft's safety properties: " + invariant + ": ")
                .endsWith("(seed " + seed + ")");

        SimLines.Result raft = SimLines.outside("run -q --sim --seed " + seed + " " + script);
        assertThat(raft.exitCode()).as("Raft's engine runs the same lines safely: " + raft.error()).isZero();
        System.out.println("self-test: seed " + seed + " breaks " + invariant + "; shrunk script: " + length + " lines");
    }

    private static String group(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }
}
