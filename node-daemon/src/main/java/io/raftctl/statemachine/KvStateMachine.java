package io.raftctl.statemachine;

import io.raftctl.raft.ApplyResult;

import java.util.HashMap;
import java.util.Map;

/**
 * A string map: {@code set KEY VALUE} (answers {@code OK}), {@code get KEY} (the value, or no value at all, null,
 * for a missing key: a stored {@code (nil)} is a value like any other), {@code del KEY} ({@code 1} if a key was
 * removed, else {@code 0}). VALUE is the rest of the line.
 */
public final class KvStateMachine implements BuiltinStateMachine {

    public static final String KIND = "kv";
    /** How text output shows a missing key's answer, as redis-cli does (JSON has {@code null}). */
    public static final String NIL = "(nil)";

    private final Map<String, String> entries = new HashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String validate(String command) {
        CommandLine c = CommandLine.parse(command, 3);
        return switch (c.verb()) {
            case "set" -> c.args().size() == 2 ? null : "'set' takes a key and a value, e.g. 'set k v'";
            case "get", "del" -> CommandLine.parse(command, 0).args().size() == 1
                    ? null : "'" + c.verb() + "' takes one key, e.g. '" + c.verb() + " k'";
            case "" -> "empty command (kv commands: set KEY VALUE, get KEY, del KEY)";
            default -> "unknown kv command '" + c.verb() + "' (expected set KEY VALUE, get KEY or del KEY)";
        };
    }

    @Override
    public ApplyResult apply(long index, String command) {
        String invalid = validate(command);
        if (invalid != null) return ApplyResult.refused("invalid command: " + invalid);
        CommandLine c = CommandLine.parse(command, 3);
        String key = c.args().get(0);
        return switch (c.verb()) {
            case "set" -> {
                entries.put(key, c.args().get(1));
                yield ApplyResult.ok("OK");
            }
            case "get" -> ApplyResult.ok(entries.get(key));
            default -> ApplyResult.ok(entries.remove(key) != null ? "1" : "0");
        };
    }

    @Override
    public StateView view() {
        return StateView.kv(entries);
    }
}
