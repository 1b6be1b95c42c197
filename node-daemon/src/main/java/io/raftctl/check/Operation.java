package io.raftctl.check;

import io.raftctl.check.HistoryEvent.Function;

/**
 * An invocation paired with its completion.
 *
 * @param id       position in the history, unique within it
 * @param value    the value written, or the value a successful read returned (null: absent)
 * @param complete when the client learnt the outcome; {@link Long#MAX_VALUE} for an indeterminate operation,
 *                 which may take effect at any point after {@code invoke}, or never
 */
public record Operation(int id, int process, Function f, String key, String value, long invoke, long complete,
                        Outcome outcome) {

    public enum Outcome { OK, FAIL, INFO }

    public boolean isWrite() {
        return f == Function.WRITE;
    }

    public boolean indeterminate() {
        return outcome == Outcome.INFO;
    }

    @Override
    public String toString() {
        String what = isWrite() ? "write " + key + " " + value : "read " + key + (outcome == Outcome.OK ? " -> " + value : "");
        return "process " + process + " " + what + " (" + outcome.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
