package io.raftctl.statemachine;

import io.raftctl.raft.StateMachine;

/** A state machine raftd ships with, chosen by name in the cluster file. */
public interface BuiltinStateMachine extends StateMachine {

    /** {@code counter} or {@code kv}. */
    String kind();

    /** A copy of the current contents, for {@code raftctl state}. */
    StateView view();

    /** Creates the built-in machine named {@code kind}. */
    static BuiltinStateMachine create(String kind) {
        return switch (kind) {
            case CounterStateMachine.KIND -> new CounterStateMachine();
            case KvStateMachine.KIND -> new KvStateMachine();
            default -> throw new IllegalArgumentException("unknown state machine '" + kind + "' (expected counter or kv)");
        };
    }
}
