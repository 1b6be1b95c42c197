package io.raftctl.raft;

/**
 * The outcome of applying one command.
 * <ul>
 *   <li>{@link #ok}: applied; {@code value} is the command's result.</li>
 *   <li>{@link #refused}: applied as a no-op. The command is deterministically invalid against the current
 *       state (the same at every node), so the entry counts as applied and the client gets {@code error}.</li>
 *   <li>{@link #failed} (or a thrown exception): <em>not</em> applied, state unchanged. A local condition
 *       (the {@code error} trigger, a full disk) stopped it; the engine keeps the entry and retries later.</li>
 * </ul>
 */
public record ApplyResult(Outcome outcome, String value, String error) {

    public enum Outcome { APPLIED, REFUSED, FAILED }

    public static ApplyResult ok(String value) {
        return new ApplyResult(Outcome.APPLIED, value, null);
    }

    public static ApplyResult refused(String error) {
        return new ApplyResult(Outcome.REFUSED, null, error);
    }

    public static ApplyResult failed(String error) {
        return new ApplyResult(Outcome.FAILED, null, error);
    }

    /** True if the entry counts as applied (including a deterministic refusal). */
    public boolean applied() {
        return outcome != Outcome.FAILED;
    }
}
