package io.raftctl.cli.it;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every examples/*.raftctl runs green against real raftd processes, each in a fresh directory. */
class ExampleScriptsIT {

    private static final long SCRIPT_TIMEOUT_SECONDS = 240;

    @TestFactory
    Stream<DynamicTest> everyExampleScriptPasses() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(RaftctlProcess.EXAMPLES)) {
            scripts = files.filter(f -> f.toString().endsWith(".raftctl")).sorted().toList();
        }
        assertThat(scripts).as("example scripts").hasSizeGreaterThanOrEqualTo(5);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> runScript(script)));
    }

    private static void runScript(Path script) throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-");
        try {
            Files.copy(script, work.resolve(script.getFileName()));
            RaftctlProcess.Result r = RaftctlProcess.run(work, SCRIPT_TIMEOUT_SECONDS, "run", script.getFileName().toString());
            assertThat(r.exitCode())
                    .as("%s exited %d%n--- stdout%n%s%n--- stderr%n%s%n%s", script.getFileName(), r.exitCode(), r.stdout(),
                            r.stderr(), RaftctlProcess.daemonLogs(work))
                    .isZero();
            if (script.getFileName().toString().equals("leader-explodes.raftctl")) {
                assertThat(r.stdout()).contains("Section 1: Normal election").contains("| N-1  | N-1 ")
                        .contains("N-2+vote yes-True").contains("CMD DONE");
            }
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }
}
