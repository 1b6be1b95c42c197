package io.raftctl.sim.explore;

/** The kinds of script lines an exploration writes, by the word (or words) they start with. */
public enum ActionKind {
    UP("up"),
    HOLD("net hold"),
    DELIVER("deliver"),
    DROP("drop"),
    DUPLICATE("duplicate"),
    TICK("tick"),
    PROPOSE("propose"),
    CRASH("crash"),
    RESTART("restart"),
    DISK("disk"),
    SPLIT("net split"),
    ISOLATE("net isolate"),
    HEAL("net heal"),
    ELECT("elect"),
    HEARTBEAT("heartbeat"),
    TIMERS("timers"),
    TRIGGER_SET("trigger set"),
    TRIGGER_CLEAR("trigger clear"),
    STABILIZE("stabilize"),
    RELEASE("net release"),
    EXPECT("expect");

    private final String word;

    ActionKind(String word) {
        this.word = word;
    }

    /** How the line starts: {@code deliver}, {@code net split}. */
    public String word() {
        return word;
    }
}
