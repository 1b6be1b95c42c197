package io.raftctl.sim;

import io.raftctl.raft.ClientResult;
import io.raftctl.raft.Entry;
import io.raftctl.raft.RaftLog;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Checks Raft's safety properties on a {@link SimCluster} after every step:
 * <ul>
 *   <li>election safety: at most one leader per term;</li>
 *   <li>log matching: two logs holding an entry with the same index and term agree up to it;</li>
 *   <li>commit safety: an index once committed anywhere never holds another entry anywhere committed;</li>
 *   <li>leader completeness: an entry committed in term T is in the log of every leader of a later term;</li>
 *   <li>state machine safety: no two nodes apply different commands at one index, each applies in order;</li>
 *   <li>applied index never passes the commit index;</li>
 *   <li>no acknowledged write lost: an acknowledged command is the committed entry at its index, and stays in the
 *       durable logs of a majority (any later leader needs one of them), crashed nodes' included.</li>
 * </ul>
 * Violations are collected, not thrown, so a run can report all of them with its seed. Each names its
 * {@link Invariant}. Acknowledged writes are checked when they are acknowledged and again after a durable log lost
 * entries at or below them, so that the check stays cheap on long logs.
 */
public final class SafetyChecker implements SimCluster.Observer {

    private final Map<Long, String> leaderByTerm = new HashMap<>();
    private final Map<Long, Entry> committed = new HashMap<>();
    /** The lowest term in which each committed index was seen committed. */
    private final Map<Long, Long> committedInTerm = new HashMap<>();
    private final Map<Long, String> appliedCommand = new HashMap<>();
    private final Map<String, Long> lastApplied = new HashMap<>();
    private final Map<String, Integer> incarnationSeen = new HashMap<>();
    private final NavigableMap<Long, String> acknowledged = new TreeMap<>();
    /** Acknowledged writes not checked yet: new ones, and those at or above a cut of a durable log. */
    private final NavigableMap<Long, String> toVerify = new TreeMap<>();
    private final List<Violation> violations = new ArrayList<>();
    /** "term voter" to the candidate it granted its vote to. */
    private final Map<String, String> votes = new HashMap<>();
    private SimCluster cluster;

    /** Starts observing {@code c}; call {@link #check()} after every step. */
    public SafetyChecker attach(SimCluster c) {
        this.cluster = c;
        c.addObserver(this);
        return this;
    }

    /** The violations found, as text naming their invariant first. */
    public List<String> violations() {
        return violations.stream().map(Violation::toString).toList();
    }

    public List<Violation> found() {
        return List.copyOf(violations);
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    /** Indexes of acknowledged writes and their commands. */
    public Map<Long, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** How many writes were acknowledged. */
    public int acknowledgedCount() {
        return acknowledged.size();
    }

    private void violation(Invariant invariant, String detail) {
        if (violations.size() < 20) violations.add(new Violation(invariant, detail));
    }

    @Override
    public void applied(String node, long index, String command) {
        SimNode n = cluster.node(node);
        // A restarted node re-applies from scratch.
        if (!Integer.valueOf(n.incarnation()).equals(incarnationSeen.put(node, n.incarnation()))) {
            lastApplied.put(node, 0L);
        }
        long expected = lastApplied.getOrDefault(node, 0L) + 1;
        // Term-start entries are applied without reaching the state machine: allow gaps made of them.
        for (long i = expected; i < index; i++) {
            if (n.raft == null || n.raft.log().entry(i).kind() != io.raftctl.raft.EntryKind.TERM_START) {
                violation(Invariant.STATE_MACHINE_SAFETY, node + " applied index " + index + " before command entry " + i);
                break;
            }
        }
        if (index < expected) {
            violation(Invariant.STATE_MACHINE_SAFETY, node + " applied index " + index + " again (last applied " + (expected - 1) + ")");
        }
        lastApplied.put(node, index);
        String before = appliedCommand.putIfAbsent(index, command);
        if (before != null && !before.equals(command)) {
            violation(Invariant.STATE_MACHINE_SAFETY, "index " + index + " applied as '" + before + "' and as '" + command + "' at " + node);
        }
    }

    @Override
    public void result(String node, ClientResult result, String command) {
        // Verified by check(), once the step that produced the answer has been recorded as committed.
        if (result.ok()) {
            acknowledged.put(result.index(), command);
            toVerify.put(result.index(), command);
        }
    }

    @Override
    public void sent(io.raftctl.raft.Message m) {
        if (m instanceof io.raftctl.raft.Message.VoteResponse v && v.granted()) {
            String before = votes.putIfAbsent(v.term() + " " + v.from(), v.to());
            if (before != null && !before.equals(v.to())) {
                violation(Invariant.ONE_VOTE_PER_TERM, v.from() + " granted its vote in term " + v.term() + " to " + before
                        + " and to " + v.to());
            }
        }
    }

    @Override
    public void durableLogCut(String node, long fromIndex) {
        toVerify.putAll(acknowledged.tailMap(fromIndex, true));
    }

    /** Checks every invariant against the cluster's current state. */
    public void check() {
        List<SimNode> live = new ArrayList<>();
        for (SimNode n : cluster.nodes()) if (!n.crashed()) live.add(n);

        for (SimNode n : live) {
            RaftNode r = n.raft;
            if (r.role() == Role.LEADER) {
                String before = leaderByTerm.putIfAbsent(r.term(), n.id);
                if (before != null && !before.equals(n.id)) {
                    violation(Invariant.ELECTION_SAFETY, before + " and " + n.id + " both led term " + r.term());
                }
            }
            if (r.appliedIndex() > r.commitIndex()) {
                violation(Invariant.APPLIED_WITHIN_COMMIT, n.id + " applied " + r.appliedIndex() + " beyond its commit index " + r.commitIndex());
            }
            recordCommitted(n);
        }
        for (SimNode n : live) {
            if (n.raft.role() == Role.LEADER) checkLeaderCompleteness(n);
        }
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) checkLogMatching(live.get(i), live.get(j));
        }
        for (Map.Entry<Long, String> ack : toVerify.entrySet()) checkAcknowledged(ack.getKey(), ack.getValue());
        toVerify.clear();
    }

    private void checkAcknowledged(long index, String command) {
        Entry e = committed.get(index);
        if (e == null || !e.command().equals(command)) {
            violation(Invariant.NO_ACKNOWLEDGED_WRITE_LOST, "'" + command + "' was acknowledged at index " + index
                    + " but " + (e == null ? "no entry there is known committed" : "the committed entry there is " + e));
            return;
        }
        List<String> holders = new ArrayList<>();
        for (SimNode n : cluster.nodes()) {
            // A node that can never start again never votes again either, nor does one that recovers until it
            // caught up with a leader: neither can help elect a leader without the entry.
            if (n.downForever() != null || n.disk().latentDamage()) {
                holders.add(n.id + " (down for good)");
                continue;
            }
            if (n.recovering() != null) {
                holders.add(n.id + " (recovering)");
                continue;
            }
            List<Entry> durable = n.durableLog();
            if (durable.size() >= index && durable.get((int) (index - 1)).equals(e)) holders.add(n.id);
        }
        int majority = cluster.ids().size() / 2 + 1;
        if (holders.size() < majority) {
            violation(Invariant.NO_ACKNOWLEDGED_WRITE_LOST, "'" + command + "' acknowledged at index " + index
                    + " is in the durable log of " + holders.size() + " of " + cluster.ids().size() + " nodes "
                    + holders + ", fewer than a majority: a leader without it can be elected");
        }
    }

    private void recordCommitted(SimNode n) {
        RaftLog log = n.raft.log();
        long commit = n.raft.commitIndex();
        for (long i = 1; i <= commit; i++) {
            Entry e = log.entry(i);
            Entry before = committed.putIfAbsent(i, e);
            if (before != null && !before.equals(e)) {
                violation(Invariant.COMMIT_SAFETY, "index " + i + " committed as " + before + " and as " + e + " at " + n.id);
            }
            committedInTerm.merge(i, n.raft.term(), Math::min);
        }
    }

    private void checkLeaderCompleteness(SimNode leader) {
        RaftLog log = leader.raft.log();
        long term = leader.raft.term();
        for (Map.Entry<Long, Entry> c : committed.entrySet()) {
            long index = c.getKey();
            if (committedInTerm.get(index) >= term) continue;
            if (!log.has(index) || !log.entry(index).equals(c.getValue())) {
                violation(Invariant.LEADER_COMPLETENESS, "leader " + leader.id + " of term " + term + " lacks committed entry "
                        + c.getValue() + " (committed in term " + committedInTerm.get(index) + ")");
            }
        }
    }

    private void checkLogMatching(SimNode a, SimNode b) {
        RaftLog la = a.raft.log();
        RaftLog lb = b.raft.log();
        long top = Math.min(la.lastIndex(), lb.lastIndex());
        long k = top;
        while (k > 0 && la.term(k) != lb.term(k)) k--;
        for (long i = k; i >= 1; i--) {
            if (!la.entry(i).equals(lb.entry(i))) {
                violation(Invariant.LOG_MATCHING, a.id + " and " + b.id + " share (index " + k + ", term " + la.term(k)
                        + ") but differ at index " + i);
                return;
            }
        }
    }
}
