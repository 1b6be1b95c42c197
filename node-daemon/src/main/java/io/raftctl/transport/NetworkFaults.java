package io.raftctl.transport;

import io.raftctl.raft.Message;
import io.raftctl.raft.MajorityConfig;
import io.raftctl.raft.TracedMessage;
import io.raftctl.trace.TraceNotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network faults an operator sets on one node: partitions (the same at every node, since the CLI
 * sends each change to all of them) and the holding of this node's outgoing messages. Pure logic,
 * thread-safe; {@link PeerTransport} consults it when it hands a message to a socket and when one arrives.
 */
public final class NetworkFaults {

    /** Held messages kept at most; beyond this the newest are dropped, so a forgotten hold cannot exhaust memory. */
    public static final int MAX_HELD = 100_000;

    private final String self;
    private final List<String> members;
    private final MajorityConfig majority;

    private final Set<String> isolated = new LinkedHashSet<>();
    private List<List<String>> groups = List.of();
    private Map<String, Integer> groupOf = Map.of();

    private boolean holding;
    private final ArrayDeque<Message> held = new ArrayDeque<>();
    private long heldOverflow;

    public NetworkFaults(String self, List<String> members) {
        if (new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException("members " + members + " name a node twice");
        }
        if (!members.contains(self)) throw new IllegalArgumentException("node '" + self + "' is not a member");
        this.self = self;
        this.members = List.copyOf(members);
        this.majority = new MajorityConfig(members);
    }

    public String self() {
        return self;
    }

    public List<String> members() {
        return members;
    }

    // ---------------------------------------------------------------- partitions

    /** Cuts {@code node} off from every peer, in both directions. */
    public synchronized void isolate(String node) {
        isolated.add(known(node));
    }

    /** Undoes {@link #isolate}; a split that involves the node stays. */
    public synchronized void reconnect(String node) {
        isolated.remove(known(node));
    }

    /** Replaces any previous split by {@code groups}; a node named in no group is alone. */
    public synchronized void split(List<List<String>> groups) {
        Map<String, Integer> index = validateSplit(groups);
        this.groups = groups.stream().map(List::copyOf).toList();
        this.groupOf = index;
    }

    /** Removes every partition and isolation. */
    public synchronized void heal() {
        isolated.clear();
        groups = List.of();
        groupOf = Map.of();
    }

    /** Whether a message from {@code from} to {@code to} gets through; a node always reaches itself. */
    public synchronized boolean canReach(String from, String to) {
        known(from);
        known(to);
        if (from.equals(to)) return true;
        if (isolated.contains(from) || isolated.contains(to)) return false;
        if (groups.isEmpty()) return true;
        Integer a = groupOf.get(from);
        return a != null && a.equals(groupOf.get(to));
    }

    /** True if this node reaches fewer than a majority of the members, itself included. */
    public synchronized boolean cutOffFromMajority() {
        return !majority.isActive(m -> canReach(self, m));
    }

    public synchronized PartitionState state() {
        List<String> isolatedInOrder = members.stream().filter(isolated::contains).toList();
        return new PartitionState(isolatedInOrder, groups);
    }

    /** Brings this node in line with the cluster's partition state, e.g. after a restart. */
    public synchronized void setState(PartitionState state) {
        for (String node : state.isolated()) known(node);
        Map<String, Integer> index = state.groups().isEmpty() ? Map.of() : validateSplit(state.groups());
        isolated.clear();
        isolated.addAll(state.isolated());
        groups = state.groups();
        groupOf = index;
    }

    // ---------------------------------------------------------------- holding

    /** Starts queueing this node's outgoing messages instead of sending them. */
    public synchronized void hold() {
        holding = true;
    }

    public synchronized boolean isHolding() {
        return holding;
    }

    /**
     * Queues {@code m} if holding, in one step so that a concurrent {@link #release} cannot strand it.
     *
     * @return true if the message was taken (queued, or dropped because the queue is full)
     */
    public synchronized boolean queueIfHolding(Message m) {
        if (!holding) return false;
        if (held.size() >= MAX_HELD) {
            heldOverflow++;
        } else {
            held.addLast(m);
        }
        return true;
    }

    /** Stops holding and returns the queued messages, oldest first, for sending. */
    public synchronized List<Message> release() {
        holding = false;
        return deliver(-1);
    }

    /** Removes and returns up to {@code count} of the oldest queued messages; a negative count means all. */
    public synchronized List<Message> deliver(int count) {
        int n = count < 0 ? held.size() : Math.min(count, held.size());
        List<Message> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(held.pollFirst());
        return out;
    }

    public synchronized List<Message> pending() {
        return List.copyOf(held);
    }

    /** A simulated crash loses what was queued; holding itself stays on. Returns how many were dropped. */
    public synchronized int dropHeld() {
        int n = held.size();
        held.clear();
        return n;
    }

    /** Messages dropped because the held queue was full. */
    public synchronized long heldOverflow() {
        return heldOverflow;
    }

    /** The queued messages in trace shorthand, oldest first: {@code ae+N-2 t-1 i-0 lt-0 e-1 c-0}. */
    public synchronized List<String> pendingShorthand() {
        List<String> lines = new ArrayList<>(held.size());
        TraceNotation notation = new TraceNotation(members);
        for (Message m : held) lines.add(notation.atSender(TracedMessage.of(m)));
        return lines;
    }

    // ---------------------------------------------------------------- validation

    private String known(String node) {
        if (!members.contains(node)) throw new IllegalArgumentException("unknown node '" + node + "'");
        return node;
    }

    private Map<String, Integer> validateSplit(List<List<String>> groups) {
        if (groups.size() < 2) throw new IllegalArgumentException("a split needs at least two groups");
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).isEmpty()) throw new IllegalArgumentException("a split group must name at least one node");
            for (String node : groups.get(g)) {
                if (index.put(known(node), g) != null) {
                    throw new IllegalArgumentException("node '" + node + "' is named more than once in the split");
                }
            }
        }
        return Map.copyOf(index);
    }
}
