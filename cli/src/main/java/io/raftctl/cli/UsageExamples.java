package io.raftctl.cli;

import java.util.Map;
import java.util.Optional;

/** One typical line per command, quoted by usage errors so that the operator sees what a correct line looks like. */
final class UsageExamples {

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("elect", "elect n1"),
            Map.entry("command", "command add 1"),
            Map.entry("log", "log n1"),
            Map.entry("state", "state n1"),
            Map.entry("timers", "timers off n2"),
            Map.entry("trigger set", "trigger set n1 explode"),
            Map.entry("trigger clear", "trigger clear n1 explode"),
            Map.entry("crash", "crash n2"),
            Map.entry("restart", "restart n2"),
            Map.entry("net isolate", "net isolate n2"),
            Map.entry("net reconnect", "net reconnect n2"),
            Map.entry("net split", "net split n1 n2,n3"),
            Map.entry("trace section", "trace section Normal election"),
            Map.entry("expect", "expect n1 role LEADER"),
            Map.entry("wait", "wait n1 role LEADER"),
            Map.entry("must-fail", "must-fail --match 'no leader' command add 1"),
            Map.entry("expect-output", "expect-output total state n1"),
            Map.entry("sleep", "sleep 500ms"),
            Map.entry("echo", "echo hello"),
            Map.entry("run", "run examples/leader-explodes.raftctl"),
            Map.entry("completion", "completion bash"));

    private UsageExamples() {
    }

    /** @param command the command's name below the root, e.g. {@code net split} */
    static Optional<String> of(String command) {
        return Optional.ofNullable(EXAMPLES.get(command));
    }
}
