package io.raftctl.raft;

/**
 * The replicated state machine the engine applies committed commands to. Implementations must be
 * deterministic: the same commands in the same order give the same state and results at every node.
 */
public interface StateMachine {

    /**
     * Checks a command before the leader lets it into the log.
     *
     * @return {@code null} if the command is well formed, else a one-sentence reason
     */
    String validate(String command);

    /**
     * Applies a committed command. Throwing, or returning {@link ApplyResult#failed}, means the command
     * was not applied and the state is unchanged; the engine keeps the entry and retries it later.
     */
    ApplyResult apply(long index, String command);
}
