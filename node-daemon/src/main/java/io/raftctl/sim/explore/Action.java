package io.raftctl.sim.explore;

import io.raftctl.sim.SimDisk;
import io.raftctl.statemachine.Trigger;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of an exploration, which is one line of a scenario script: what {@link #line()} renders is what
 * {@code raftctl run --sim} runs, and {@link LinePlayer} plays it on a cluster exactly as that line would.
 */
public sealed interface Action {

    ActionKind kind();

    /** The script line. */
    String line();

    record Up(Setup setup) implements Action {
        public ActionKind kind() {
            return ActionKind.UP;
        }

        public String line() {
            return setup.line();
        }
    }

    /** {@code net hold} on every node: manual delivery. */
    record HoldAll() implements Action {
        public ActionKind kind() {
            return ActionKind.HOLD;
        }

        public String line() {
            return "net hold";
        }
    }

    /** The oldest message in flight from {@code from} to {@code to} of {@code messageKind}. */
    record Deliver(String from, String to, String messageKind) implements Action {
        public ActionKind kind() {
            return ActionKind.DELIVER;
        }

        public String line() {
            return "deliver " + from + " " + to + " " + messageKind;
        }
    }

    record Drop(String from, String to, String messageKind) implements Action {
        public ActionKind kind() {
            return ActionKind.DROP;
        }

        public String line() {
            return "drop " + from + " " + to + " " + messageKind;
        }
    }

    record Duplicate(String from, String to, String messageKind) implements Action {
        public ActionKind kind() {
            return ActionKind.DUPLICATE;
        }

        public String line() {
            return "duplicate " + from + " " + to + " " + messageKind;
        }
    }

    record Tick(long ms) implements Action {
        public ActionKind kind() {
            return ActionKind.TICK;
        }

        public String line() {
            return "tick " + ms + "ms";
        }
    }

    /** A client write that does not wait for its answer. */
    record Propose(String node, String command) implements Action {
        public ActionKind kind() {
            return ActionKind.PROPOSE;
        }

        public String line() {
            return "propose " + node + " " + command;
        }
    }

    record Crash(String node) implements Action {
        public ActionKind kind() {
            return ActionKind.CRASH;
        }

        public String line() {
            return "crash " + node;
        }
    }

    record Restart(String node) implements Action {
        public ActionKind kind() {
            return ActionKind.RESTART;
        }

        public String line() {
            return "restart " + node;
        }
    }

    /** A disk fault at {@code node}: {@code disk n1 crash-at-fsync} (see {@link SimDisk.Fault}). */
    record Disk(String node, SimDisk.Fault fault) implements Action {
        public ActionKind kind() {
            return ActionKind.DISK;
        }

        public String line() {
            return "disk " + node + " " + fault.label();
        }
    }

    record Split(List<List<String>> groups) implements Action {
        public Split {
            groups = groups.stream().map(List::copyOf).toList();
        }

        public ActionKind kind() {
            return ActionKind.SPLIT;
        }

        public String line() {
            return "net split " + groups.stream().map(g -> String.join(",", g)).collect(Collectors.joining(" "));
        }
    }

    record Isolate(String node) implements Action {
        public ActionKind kind() {
            return ActionKind.ISOLATE;
        }

        public String line() {
            return "net isolate " + node;
        }
    }

    record Heal() implements Action {
        public ActionKind kind() {
            return ActionKind.HEAL;
        }

        public String line() {
            return "net heal";
        }
    }

    record Elect(String node, boolean force) implements Action {
        public ActionKind kind() {
            return ActionKind.ELECT;
        }

        public String line() {
            return "elect " + node + (force ? "" : " --no-force");
        }
    }

    record Heartbeat(String node) implements Action {
        public ActionKind kind() {
            return ActionKind.HEARTBEAT;
        }

        public String line() {
            return "heartbeat " + node;
        }
    }

    /** Timers on or off at {@code node}, or at every node when it is null. */
    record Timers(boolean on, String node) implements Action {
        public ActionKind kind() {
            return ActionKind.TIMERS;
        }

        public String line() {
            return "timers " + Setup.onOff(on) + (node == null ? "" : " " + node);
        }
    }

    record TriggerSet(String node, Trigger trigger) implements Action {
        public ActionKind kind() {
            return ActionKind.TRIGGER_SET;
        }

        public String line() {
            return "trigger set " + node + " " + trigger.label();
        }
    }

    /** Disarms every trigger at {@code node}. */
    record TriggerClear(String node) implements Action {
        public ActionKind kind() {
            return ActionKind.TRIGGER_CLEAR;
        }

        public String line() {
            return "trigger clear " + node;
        }
    }

    record Stabilize() implements Action {
        public ActionKind kind() {
            return ActionKind.STABILIZE;
        }

        public String line() {
            return "stabilize";
        }
    }

    /** {@code net release} on every node: the network delivers everything again. */
    record ReleaseAll() implements Action {
        public ActionKind kind() {
            return ActionKind.RELEASE;
        }

        public String line() {
            return "net release";
        }
    }

    /** {@code expect NODE FIELD OP VALUE}, for the fields a convergence check needs. */
    record Expect(String node, Field field, boolean equal, String value) implements Action {
        public enum Field {
            ROLE("role"), LAST_INDEX("last-index"), APPLIED("applied");

            final String word;

            Field(String word) {
                this.word = word;
            }
        }

        public ActionKind kind() {
            return ActionKind.EXPECT;
        }

        public String line() {
            return "expect " + node + " " + field.word + " " + (equal ? "==" : "!=") + " " + value;
        }
    }
}
