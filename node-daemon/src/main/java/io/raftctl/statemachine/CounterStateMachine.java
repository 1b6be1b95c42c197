package io.raftctl.statemachine;

import io.raftctl.raft.ApplyResult;

/** A single integer: {@code add N}, {@code sub N}, {@code get}. Every result is the new total. */
public final class CounterStateMachine implements BuiltinStateMachine {

    public static final String KIND = "counter";

    private long total;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String validate(String command) {
        CommandLine c = CommandLine.parse(command, 0);
        switch (c.verb()) {
            case "add", "sub" -> {
                if (c.args().size() != 1) return "'" + c.verb() + "' takes one integer, e.g. '" + c.verb() + " 1'";
                try {
                    Long.parseLong(c.args().get(0));
                } catch (NumberFormatException e) {
                    return "'" + c.args().get(0) + "' is not an integer";
                }
                return null;
            }
            case "get" -> {
                return c.args().isEmpty() ? null : "'get' takes no arguments";
            }
            case "" -> {
                return "empty command (counter commands: add N, sub N, get)";
            }
            default -> {
                return "unknown counter command '" + c.verb() + "' (expected add N, sub N or get)";
            }
        }
    }

    @Override
    public ApplyResult apply(long index, String command) {
        String invalid = validate(command);
        if (invalid != null) return ApplyResult.refused("invalid command: " + invalid);
        CommandLine c = CommandLine.parse(command, 0);
        if (c.verb().equals("get")) return ApplyResult.ok(Long.toString(total));
        long n = Long.parseLong(c.args().get(0));
        try {
            total = c.verb().equals("add") ? Math.addExact(total, n) : Math.subtractExact(total, n);
        } catch (ArithmeticException overflow) {
            return ApplyResult.refused("counter overflow; the total stays " + total);
        }
        return ApplyResult.ok(Long.toString(total));
    }

    @Override
    public StateView view() {
        return StateView.counter(total);
    }
}
