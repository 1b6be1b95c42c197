package io.raftctl.cli.testing;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/** Programs that some tests drive (tmux, zsh): CI installs them (.ci/run); elsewhere a test may skip. */
public final class Tools {

    private Tools() {
    }

    /** Skips the test, saying why, when {@code program} is missing; on CI (CI=true) a missing program fails it. */
    public static void require(String program) {
        boolean present = Tmux.installed(program);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as(program + " is missing on CI: .ci/run must install it").isTrue();
        }
        if (present) return;
        String reason = program + " is not installed (apt-get install " + program + "); CI installs it, so this test runs there";
        // Surefire shows a skipped test as a count only: say why in the build's output, where it is seen.
        StackTraceElement caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.skip(1).findFirst()).map(StackWalker.StackFrame::toStackTraceElement).orElse(null);
        System.err.println("skipped " + (caller == null ? "a test" : caller.getClassName() + "." + caller.getMethodName())
                + ": " + reason);
        Assumptions.assumeTrue(false, reason);
    }
}
