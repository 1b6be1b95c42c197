package io.raftctl.check;

import io.raftctl.check.Operation.Outcome;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a history of reads and writes on registers (one per kv key, each initially absent) is
 * linearizable: whether every operation can be placed at one instant between its invocation and its completion
 * so that each read returns the latest write before it. Keys are independent (linearizability is compositional),
 * so each is checked on its own with the Wing &amp; Gong search, pruned as Lowe suggests: a configuration (set of
 * operations placed, register value) already explored is never explored again.
 *
 * <p>Failed operations did not happen and are dropped. An indeterminate read is dropped too (it changes nothing).
 * An indeterminate write may take effect at any point after its invocation, or never; one whose value no read
 * returned is dropped, which changes no verdict: had it taken effect, no read saw it before it was overwritten.
 */
public final class LinearizabilityChecker {

    /** Search steps per key before giving up with {@link Verdict#UNKNOWN}. */
    public static final long DEFAULT_STEP_BUDGET = 50_000_000L;

    public enum Verdict { LINEARIZABLE, NOT_LINEARIZABLE, UNKNOWN }

    /**
     * The verdict for one key.
     *
     * @param operations the operations the search considered (after dropping the ones that cannot matter)
     * @param detail     for a failure, which operation could not be placed and how far the search got
     * @param history    the key's operations as recorded, for saving a failure to a file
     */
    public record KeyResult(String key, int operations, Verdict verdict, long steps, String detail, List<Operation> history) {
        public boolean linearizable() {
            return verdict == Verdict.LINEARIZABLE;
        }
    }

    /** The verdicts of every key. */
    public record Result(List<KeyResult> keys) {
        public boolean linearizable() {
            return keys.stream().allMatch(KeyResult::linearizable);
        }

        public List<KeyResult> failures() {
            return keys.stream().filter(k -> !k.linearizable()).toList();
        }

        public int operations() {
            return keys.stream().mapToInt(KeyResult::operations).sum();
        }
    }

    private final long stepBudget;

    public LinearizabilityChecker() {
        this(DEFAULT_STEP_BUDGET);
    }

    public LinearizabilityChecker(long stepBudget) {
        this.stepBudget = stepBudget;
    }

    public Result check(List<Operation> ops) {
        Map<String, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation op : ops) byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
        List<KeyResult> results = new ArrayList<>();
        byKey.keySet().stream().sorted().forEach(key -> results.add(checkKey(key, byKey.get(key))));
        return new Result(results);
    }

    /** Checks the operations of one key. */
    public KeyResult checkKey(String key, List<Operation> history) {
        List<Operation> relevant = relevant(history);
        Search search = new Search(relevant);
        Verdict verdict = search.run(stepBudget);
        String detail = switch (verdict) {
            case LINEARIZABLE -> null;
            case UNKNOWN -> "the search gave up after " + search.steps + " steps";
            case NOT_LINEARIZABLE -> search.blocked == null ? "no operation order explains the reads"
                    : search.blocked + " completed at " + search.blocked.complete() + " ns but no order of the "
                    + search.deepest + " operations placed before it lets it take effect";
        };
        return new KeyResult(key, relevant.size(), verdict, search.steps, detail, List.copyOf(history));
    }

    private static List<Operation> relevant(List<Operation> history) {
        Set<String> valuesRead = new HashSet<>();
        for (Operation op : history) {
            if (!op.isWrite() && op.outcome() == Outcome.OK && op.value() != null) valuesRead.add(op.value());
        }
        List<Operation> kept = new ArrayList<>();
        for (Operation op : history) {
            if (op.outcome() == Outcome.FAIL) continue;
            if (op.indeterminate() && (!op.isWrite() || !valuesRead.contains(op.value()))) continue;
            kept.add(op);
        }
        return kept;
    }

    /** One node per invocation and per completion, in time order, in a doubly linked list. */
    private static final class Node {
        final Operation op;
        final int slot;
        final boolean call;
        final long time;
        Node match; // the completion of a call (null for an indeterminate one)
        Node prev;
        Node next;

        Node(Operation op, int slot, boolean call, long time) {
            this.op = op;
            this.slot = slot;
            this.call = call;
            this.time = time;
        }
    }

    private record Config(BitSet placed, String value) {
    }

    private record Frame(Node call, String valueBefore) {
    }

    private static final class Search {
        private final Node head = new Node(null, -1, true, Long.MIN_VALUE);
        private int mustPlace;
        long steps;
        Operation blocked;
        int deepest;

        Search(List<Operation> ops) {
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                Operation op = ops.get(i);
                Node call = new Node(op, i, true, op.invoke());
                nodes.add(call);
                if (!op.indeterminate()) {
                    Node ret = new Node(op, i, false, op.complete());
                    call.match = ret;
                    nodes.add(ret);
                    mustPlace++;
                }
            }
            // At equal times a call sorts first: the two operations then count as concurrent, the lenient reading.
            nodes.sort(Comparator.comparingLong((Node n) -> n.time).thenComparing(n -> n.call ? 0 : 1));
            Node last = head;
            for (Node n : nodes) {
                last.next = n;
                n.prev = last;
                last = n;
            }
        }

        Verdict run(long budget) {
            Deque<Frame> stack = new ArrayDeque<>();
            Set<Config> explored = new HashSet<>();
            BitSet placed = new BitSet();
            String value = null;
            Node entry = head.next;
            while (mustPlace > 0) {
                if (++steps > budget) return Verdict.UNKNOWN;
                if (entry != null && entry.call) {
                    Operation op = entry.op;
                    if (op.isWrite() || Objects.equals(value, op.value())) {
                        String after = op.isWrite() ? op.value() : value;
                        placed.set(entry.slot);
                        if (explored.add(new Config((BitSet) placed.clone(), after))) {
                            stack.push(new Frame(entry, value));
                            value = after;
                            if (entry.match != null) mustPlace--;
                            lift(entry);
                            entry = head.next;
                            continue;
                        }
                        placed.clear(entry.slot);
                    }
                    entry = entry.next;
                    continue;
                }
                // A completion whose operation is not placed yet (or the end of the list): undo the last choice.
                if (stack.size() >= deepest && entry != null) {
                    deepest = stack.size();
                    blocked = entry.op;
                }
                if (stack.isEmpty()) return Verdict.NOT_LINEARIZABLE;
                Frame top = stack.pop();
                value = top.valueBefore();
                placed.clear(top.call().slot);
                if (top.call().match != null) mustPlace++;
                unlift(top.call());
                entry = top.call().next;
            }
            return Verdict.LINEARIZABLE;
        }

        private static void lift(Node call) {
            call.prev.next = call.next;
            if (call.next != null) call.next.prev = call.prev;
            Node ret = call.match;
            if (ret != null) {
                ret.prev.next = ret.next;
                if (ret.next != null) ret.next.prev = ret.prev;
            }
        }

        private static void unlift(Node call) {
            Node ret = call.match;
            if (ret != null) {
                ret.prev.next = ret;
                if (ret.next != null) ret.next.prev = ret;
            }
            call.prev.next = call;
            if (call.next != null) call.next.prev = call;
        }
    }
}
