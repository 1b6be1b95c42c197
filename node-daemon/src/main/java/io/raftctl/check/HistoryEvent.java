package io.raftctl.check;

import java.util.Objects;

/**
 * One line of a client history, as Jepsen records them: a client process invokes an operation, and later the
 * same process learns that it succeeded ({@code OK}), certainly did not happen ({@code FAIL}), or that its
 * outcome is unknown ({@code INFO}: it may take effect at any time after the invocation, or never).
 *
 * @param process   the client that issued it; a process has at most one operation open at a time
 * @param type      invoke, ok, fail or info
 * @param f         read or write
 * @param key       the register (kv key) it works on
 * @param value     for a write, the value written (on every event); for a read, the value read (on ok only;
 *                  null means the key was absent)
 * @param timeNanos when the event happened, on one monotonic clock for the whole history
 */
public record HistoryEvent(int process, Type type, Function f, String key, String value, long timeNanos) {

    public enum Type { INVOKE, OK, FAIL, INFO }

    public enum Function { READ, WRITE }

    public HistoryEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(key, "key");
    }
}
