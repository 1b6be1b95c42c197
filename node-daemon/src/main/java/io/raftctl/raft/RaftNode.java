package io.raftctl.raft;

import io.raftctl.raft.Message.AppendEntries;
import io.raftctl.raft.Message.AppendEntriesResponse;
import io.raftctl.raft.Message.PreVoteRequest;
import io.raftctl.raft.Message.PreVoteResponse;
import io.raftctl.raft.Message.VoteRequest;
import io.raftctl.raft.Message.VoteResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.random.RandomGenerator;

/**
 * One Raft node's protocol logic, free of I/O and threads. Inputs: peer messages ({@link #step}), clock
 * ticks ({@link #tick}) and operator actions ({@link #campaign}, {@link #heartbeat}, {@link #submit},
 * {@link #setTimers}). Outputs: a {@link Ready} with state to persist, messages to send and client
 * results. Time and randomness are injected, so a run is a pure function of its inputs.
 *
 * <p>Not thread-safe: one thread owns a node.
 */
public final class RaftNode {

    private final String id;
    private final List<String> members;
    private final List<String> peers;
    private final MajorityConfig voters;
    private final RaftSettings settings;
    private final StateMachine stateMachine;
    private final RandomGenerator random;
    private final Tracer tracer;
    private final RaftLog log;

    // Durable: must reach disk before messages that depend on it leave.
    private long term;
    private String votedFor;
    private boolean hardStateDirty;

    // Volatile.
    private Role role = Role.FOLLOWER;
    private String leader;
    private long commitIndex;
    private long appliedIndex;
    private String applyError;
    private boolean timersOn;
    /**
     * Why this node may have lost entries it once acknowledged (its storage dropped a damaged tail, or a repair cut
     * the log), or null. While set it neither grants votes nor campaigns: its ack may have counted toward a commit
     * that its log no longer holds. It still follows a leader, and leaves the mode once a leader of its term has
     * told it a commit index of that term which its log holds (so it holds everything ever committed).
     */
    private String recovering;

    // Time, in milliseconds of the injected clock.
    private long now;
    private long electionDeadline;
    private long heartbeatDeadline;
    private long quorumCheckDeadline;
    private long lastHeardFromLeader;

    // Candidate.
    private boolean preVoteRound;
    private boolean campaignForced;
    private final Map<String, Boolean> votes = new HashMap<>();

    // Leader.
    private final Map<String, Progress> progress = new LinkedHashMap<>();
    private final NavigableMap<Long, Long> pendingRequests = new TreeMap<>(); // log index -> request id
    /** Commands were appended since the last broadcast: replicate them together at the next {@link #ready()}. */
    private boolean appendsPending;
    /** {@link #ackedIndex(String)}, made once so that committing allocates nothing. */
    private final ToLongFunction<String> ackedIndexes = this::ackedIndex;

    // Output of the input being processed; see input().
    private final List<Message> outbox = new ArrayList<>();
    private final List<NodeEvent> deferredEvents = new ArrayList<>();
    // Output waiting for the driver.
    private final List<Message> readyMessages = new ArrayList<>();
    private final List<ClientResult> readyResults = new ArrayList<>();

    /**
     * @param id       this node's id; must be one of {@code members}
     * @param members  every voter of the cluster, in cluster-file order (the order names trace columns)
     * @param restored durable state from a previous run ({@link HardState#INITIAL} and no entries at first start)
     * @param now      the injected clock's current time
     */
    public RaftNode(String id, List<String> members, RaftSettings settings, HardState restored, List<Entry> restoredLog,
                    StateMachine stateMachine, RandomGenerator random, Tracer tracer, long now) {
        this(id, members, settings, restored, restoredLog, stateMachine, random, tracer, now, null);
    }

    /**
     * As {@link #RaftNode(String, List, RaftSettings, HardState, List, StateMachine, RandomGenerator, Tracer, long)},
     * starting in recovering mode when {@code recovering} is not null: the node may have lost entries it once
     * acknowledged, so it neither votes nor campaigns until it has caught up with a leader (protocol-aware
     * recovery; see {@link #recovering()}).
     *
     * @param recovering why the node starts recovering (one phrase), or null to start normally
     */
    public RaftNode(String id, List<String> members, RaftSettings settings, HardState restored, List<Entry> restoredLog,
                    StateMachine stateMachine, RandomGenerator random, Tracer tracer, long now, String recovering) {
        if (!members.contains(id)) throw new IllegalArgumentException("node " + id + " is not a member of " + members);
        this.id = id;
        this.members = List.copyOf(members);
        this.peers = this.members.stream().filter(m -> !m.equals(id)).toList();
        this.voters = new MajorityConfig(this.members);
        this.settings = Objects.requireNonNull(settings);
        this.stateMachine = Objects.requireNonNull(stateMachine);
        this.random = Objects.requireNonNull(random);
        this.tracer = Objects.requireNonNull(tracer);
        this.log = new RaftLog(restoredLog);
        this.term = restored.term();
        this.votedFor = restored.votedFor();
        this.timersOn = settings.timersOn();
        // With no peer there is nobody to catch up from: the node's own log is all there is.
        this.recovering = this.peers.isEmpty() ? null : recovering;
        this.now = now;
        this.lastHeardFromLeader = now - settings.electionMaxMs();
        resetElectionTimer();
        tracer.attach(new Tracer.StateProbe() {
            public Role role() {
                return role;
            }

            public long term() {
                return term;
            }

            public long lastTerm() {
                return log.lastTerm();
            }

            public long lastIndex() {
                return log.lastIndex();
            }

            public long commit() {
                return commitIndex;
            }

            public long applied() {
                return appliedIndex;
            }
        });
    }

    // ---------------------------------------------------------------- inputs

    /** A message from a peer. */
    public void step(Message m) {
        if (!id.equals(m.to()) || !peers.contains(m.from())) return;
        input(m, () -> handle(m));
    }

    /** Moves the clock; with timers on, runs what is due (election timeout, heartbeat, CheckQuorum). */
    public void tick(long nowMs) {
        now = Math.max(now, nowMs);
        if (timersOn) input(null, this::onTimers);
    }

    /**
     * Starts a campaign now (a pre-vote round first when pre-vote is on). A forced campaign asks voters to
     * set aside leader stickiness, never the log check. A leader ignores it.
     */
    public void campaign(boolean force) {
        input(null, () -> startCampaign(force));
    }

    /**
     * The leader retries a failed apply and sends AppendEntries to every follower now.
     *
     * @return false (and nothing happens) if this node is not the leader
     */
    public boolean heartbeat() {
        if (role != Role.LEADER) return false;
        input(null, () -> {
            applyCommitted();
            broadcastHeartbeat();
        });
        return true;
    }

    /**
     * Submits a client command. The result comes back in a later {@link Ready#results()} under
     * {@code requestId}, or at once if this node is not the leader or the command is malformed.
     */
    public void submit(long requestId, String command) {
        input(null, () -> {
            tracer.event(NodeEvent.CMD_START);
            long bytes = RaftLog.utf8Length(command);
            if (bytes > settings.maxCommandBytes()) {
                complete(ClientResult.failure(requestId, ClientResult.Status.INVALID, 0, "invalid command: it is " + bytes
                        + " bytes (UTF-8), more than the " + settings.maxCommandBytes() + " bytes one replication message"
                        + " may carry", null));
                return;
            }
            if (role != Role.LEADER) {
                String error = leader == null ? "not leader; no leader known" : "not leader; leader is " + leader;
                complete(ClientResult.failure(requestId, ClientResult.Status.NOT_LEADER, 0, error, leader));
                return;
            }
            String invalid = stateMachine.validate(command);
            if (invalid != null) {
                complete(ClientResult.failure(requestId, ClientResult.Status.INVALID, 0, "invalid command: " + invalid, null));
                return;
            }
            Entry e = Entry.command(log.lastIndex() + 1, term, command);
            log.append(e);
            pendingRequests.put(e.index(), requestId);
            appendsPending = true;
        });
    }

    /** Switches timer-driven actions on or off. Off: the node sends nothing unless an input makes it. */
    public void setTimers(boolean on) {
        if (on && !timersOn) {
            resetElectionTimer();
            heartbeatDeadline = now + settings.heartbeatMs();
            quorumCheckDeadline = now + settings.electionMinMs();
            progress.values().forEach(p -> p.recentActive = true);
        }
        timersOn = on;
    }

    // ---------------------------------------------------------------- output hand-off

    public boolean hasReady() {
        return appendsPending || hardStateDirty || log.stableIndex() < log.lastIndex() || !readyMessages.isEmpty()
                || !readyResults.isEmpty();
    }

    /** Takes the pending output. See {@link Ready} for what the driver must do with it. */
    public Ready ready() {
        if (appendsPending) {
            appendsPending = false;
            if (role == Role.LEADER) input(null, () -> peers.forEach(peer -> sendAppend(peer, false)));
        }
        Ready r = new Ready(hardStateDirty ? new HardState(term, votedFor) : null, log.stableIndex() + 1,
                log.unstableEntries(), readyMessages, readyResults);
        hardStateDirty = false;
        readyMessages.clear();
        readyResults.clear();
        return r;
    }

    /** The driver made {@code r} durable and sent its messages. A leader may now count its own log. */
    public void advance(Ready r) {
        Entry last = r.lastEntry();
        if (last == null) return;
        input(null, () -> {
            log.markStable(last.index(), last.term());
            if (role == Role.LEADER && maybeCommit()) onCommitAdvanced();
        });
    }

    // ---------------------------------------------------------------- queries

    public String id() {
        return id;
    }

    public List<String> members() {
        return members;
    }

    public Role role() {
        return role;
    }

    public long term() {
        return term;
    }

    public String leader() {
        return leader;
    }

    public long commitIndex() {
        return commitIndex;
    }

    public long appliedIndex() {
        return appliedIndex;
    }

    public RaftLog log() {
        return log;
    }

    public boolean timersOn() {
        return timersOn;
    }

    /** Why this node is recovering (it neither votes nor campaigns until it has caught up), or null if it is not. */
    public String recovering() {
        return recovering;
    }

    public NodeStatus status() {
        return new NodeStatus(id, role, role == Role.CANDIDATE && preVoteRound, term, votedFor, leader, commitIndex,
                appliedIndex, log.lastIndex(), log.lastTerm(), timersOn, applyError, recovering);
    }

    // ---------------------------------------------------------------- input framing

    /**
     * Runs one input and records its trace events in the order of the seed document: the received message
     * (with the state after handling it), then events such as NEW ROLE, then the messages it sent.
     */
    private void input(Message received, Runnable body) {
        body.run();
        if (received != null) tracer.received(received);
        for (NodeEvent event : deferredEvents) tracer.event(event);
        deferredEvents.clear();
        for (Message m : outbox) readyMessages.add(tracer.sent(m));
        outbox.clear();
    }

    private void send(Message m) {
        outbox.add(m);
    }

    private void complete(ClientResult r) {
        readyResults.add(r);
        deferredEvents.add(NodeEvent.CMD_DONE);
    }

    // ---------------------------------------------------------------- message dispatch

    private void handle(Message m) {
        if (m.term() > term) {
            if (m instanceof PreVoteRequest) {
                // A pre-vote never changes the voter's term.
            } else if (m instanceof PreVoteResponse r && r.granted()) {
                // A granted pre-vote carries the proposed term, ours + 1: not a newer leader's term.
            } else if (m instanceof VoteRequest v && !v.force() && inLease()) {
                // Thesis §4.2.3: a node that heard from a live leader recently ignores a disruptive candidate.
                send(new VoteResponse(id, v.from(), term, false, 0));
                return;
            } else {
                becomeFollower(m.term(), m instanceof AppendEntries ? m.from() : null);
            }
        } else if (m.term() < term) {
            // Tell a stale leader or candidate about the newer term; drop stale answers.
            if (m instanceof AppendEntries a) {
                send(new AppendEntriesResponse(id, a.from(), term, false, log.lastIndex(), a.prevIndex(), 0, 0, 0));
            } else if (m instanceof PreVoteRequest p) {
                send(new PreVoteResponse(id, p.from(), term, false, 0));
            } else if (m instanceof VoteRequest v) {
                send(new VoteResponse(id, v.from(), term, false, 0));
            }
            return;
        }

        if (m instanceof PreVoteRequest p) {
            handlePreVoteRequest(p);
        } else if (m instanceof VoteRequest v) {
            handleVoteRequest(v);
        } else {
            switch (role) {
                case LEADER -> stepLeader(m);
                case CANDIDATE -> stepCandidate(m);
                case FOLLOWER -> stepFollower(m);
            }
        }
    }

    private void stepFollower(Message m) {
        if (m instanceof AppendEntries a) handleAppendEntries(a);
    }

    private void stepCandidate(Message m) {
        if (m instanceof AppendEntries a) {
            // A leader exists for our term (or we were only pre-voting): follow it.
            becomeFollower(term, a.from());
            handleAppendEntries(a);
        } else if (m instanceof PreVoteResponse r) {
            if (preVoteRound && (!r.granted() || r.term() == term + 1)) tally(r.from(), r.granted());
        } else if (m instanceof VoteResponse r) {
            if (!preVoteRound && r.term() == term) tally(r.from(), r.granted());
        }
    }

    private void stepLeader(Message m) {
        Progress pr = progress.get(m.from());
        if (pr == null) return;
        pr.recentActive = true;
        if (m instanceof AppendEntriesResponse r) handleAppendResponse(pr, r);
        // AppendEntries from another leader of our term cannot exist (election safety); stale votes are moot.
    }

    // ---------------------------------------------------------------- elections

    /** Within an election timeout of hearing from a leader (or being one): refuse unforced campaigns. */
    private boolean inLease() {
        if (role == Role.LEADER) return true;
        return leader != null && now - lastHeardFromLeader < settings.electionMinMs();
    }

    private void handlePreVoteRequest(PreVoteRequest p) {
        boolean grant = recovering == null && p.term() > term && log.isUpToDate(p.lastIndex(), p.lastTerm()) && (p.force() || !inLease());
        send(new PreVoteResponse(id, p.from(), grant ? p.term() : term, grant, 0));
    }

    private void handleVoteRequest(VoteRequest v) {
        // v.term() == term here: a newer term has already made us a follower of it.
        boolean free = votedFor == null ? leader == null : votedFor.equals(v.from());
        // A recovering node may have lost entries it acknowledged: its vote could elect a leader without them.
        boolean grant = recovering == null && free && log.isUpToDate(v.lastIndex(), v.lastTerm());
        if (grant) {
            votedFor = v.from();
            hardStateDirty = true;
            resetElectionTimer();
        }
        send(new VoteResponse(id, v.from(), term, grant, 0));
    }

    private void startCampaign(boolean force) {
        if (role == Role.LEADER) return;
        if (recovering != null) {
            // Neither forced nor by timer: a leader elected with this log might lack committed entries.
            resetElectionTimer();
            return;
        }
        campaignForced = force;
        if (settings.preVote()) {
            becomePreCandidate();
        } else {
            becomeCandidate();
        }
    }

    private void becomePreCandidate() {
        Role old = role;
        role = Role.CANDIDATE;
        preVoteRound = true;
        leader = null;
        votes.clear();
        votes.put(id, true);
        resetElectionTimer();
        if (old != Role.CANDIDATE) deferredEvents.add(NodeEvent.NEW_ROLE);
        for (String peer : peers) {
            send(new PreVoteRequest(id, peer, term + 1, log.lastIndex(), log.lastTerm(), campaignForced, 0));
        }
        if (voters.voteResult(votes) == MajorityConfig.VoteResult.WON) becomeCandidate();
    }

    private void becomeCandidate() {
        Role old = role;
        role = Role.CANDIDATE;
        preVoteRound = false;
        term++;
        votedFor = id;
        hardStateDirty = true;
        leader = null;
        votes.clear();
        votes.put(id, true);
        resetElectionTimer();
        if (old != Role.CANDIDATE) deferredEvents.add(NodeEvent.NEW_ROLE);
        for (String peer : peers) {
            send(new VoteRequest(id, peer, term, log.lastIndex(), log.lastTerm(), campaignForced, 0));
        }
        if (voters.voteResult(votes) == MajorityConfig.VoteResult.WON) becomeLeader();
    }

    private void tally(String voter, boolean granted) {
        votes.putIfAbsent(voter, granted);
        switch (voters.voteResult(votes)) {
            case WON -> {
                if (preVoteRound) becomeCandidate(); else becomeLeader();
            }
            case LOST -> becomeFollower(term, null);
            case PENDING -> {
            }
        }
    }

    private void becomeLeader() {
        role = Role.LEADER;
        leader = id;
        preVoteRound = false;
        progress.clear();
        for (String peer : peers) {
            Progress p = new Progress(log.lastIndex() + 1);
            p.recentActive = true;
            progress.put(peer, p);
        }
        // The term-start entry lets this leader commit (and so learn the fate of) entries of earlier terms.
        log.append(Entry.termStart(log.lastIndex() + 1, term));
        deferredEvents.add(NodeEvent.NEW_ROLE);
        heartbeatDeadline = now + settings.heartbeatMs();
        quorumCheckDeadline = now + settings.electionMinMs();
        for (String peer : peers) sendAppend(peer, true);
    }

    private void becomeFollower(long newTerm, String newLeader) {
        Role old = role;
        if (newTerm > term) {
            term = newTerm;
            votedFor = null;
            hardStateDirty = true;
        }
        role = Role.FOLLOWER;
        leader = newLeader;
        preVoteRound = false;
        resetElectionTimer();
        if (old == Role.LEADER) {
            progress.clear();
            failPending(pendingRequests.keySet().stream().toList(), ClientResult.Status.OUTCOME_UNKNOWN,
                    "leadership lost before the command was applied; it may or may not take effect");
        }
        if (old != Role.FOLLOWER) deferredEvents.add(NodeEvent.NEW_ROLE);
    }

    // ---------------------------------------------------------------- replication

    private void handleAppendEntries(AppendEntries a) {
        leader = a.from();
        lastHeardFromLeader = now;
        resetElectionTimer();
        if (a.prevIndex() > log.lastIndex()) {
            send(new AppendEntriesResponse(id, a.from(), term, false, log.lastIndex(), a.prevIndex(),
                    log.lastIndex() + 1, 0, 0));
        } else if (log.term(a.prevIndex()) != a.prevTerm()) {
            long conflictTerm = log.term(a.prevIndex());
            send(new AppendEntriesResponse(id, a.from(), term, false, log.lastIndex(), a.prevIndex(),
                    log.firstIndexOfTermAt(a.prevIndex()), conflictTerm, 0));
        } else {
            for (Entry e : a.entries()) {
                if (log.has(e.index())) {
                    if (log.term(e.index()) == e.term()) continue;
                    if (e.index() <= commitIndex) {
                        throw new IllegalStateException("leader " + a.from() + " tried to overwrite committed entry "
                                + e.index() + " at " + id);
                    }
                    log.truncateFrom(e.index());
                }
                log.append(e);
            }
            long match = a.prevIndex() + a.entries().size();
            commitIndex = Math.max(commitIndex, Math.min(a.leaderCommit(), match));
            maybeLeaveRecovering(a.leaderCommit(), match);
            send(new AppendEntriesResponse(id, a.from(), term, true, match, 0, 0, 0, 0));
        }
        // Every AppendEntries is a chance to retry a failed apply.
        applyCommitted();
    }

    /**
     * A recovering node has caught up once its log holds the commit index of the leader of its term and the entry
     * there is of that term: the leader holds every entry committed before its term (leader completeness) below
     * its own term's first entry, and this log matches the leader's up to {@code match}, so it holds them too.
     */
    private void maybeLeaveRecovering(long leaderCommit, long match) {
        if (recovering == null || leaderCommit < 1 || leaderCommit > match || log.term(leaderCommit) != term) return;
        recovering = null;
        deferredEvents.add(NodeEvent.RECOVERED);
    }

    private void handleAppendResponse(Progress pr, AppendEntriesResponse r) {
        if (r.success()) {
            boolean wasProbing = pr.state == Progress.State.PROBE;
            boolean news = pr.acknowledge(r.matchIndex());
            if (news || (wasProbing && pr.match == r.matchIndex())) {
                if (wasProbing) pr.becomeReplicate();
                if (maybeCommit()) onCommitAdvanced();
            }
            // More entries to stream, or a commit index this follower was never told (its answer came after
            // the commit moved on): without timers, nothing else would tell it.
            sendAppend(r.from(), pr.commitSent < commitIndex && applyError == null);
            return;
        }
        // A rejection: ignore it if it answers a message older than what we already know.
        if (pr.state == Progress.State.REPLICATE ? r.rejectedIndex() <= pr.match : r.rejectedIndex() != pr.next - 1) {
            return;
        }
        long next = r.hintIndex();
        if (r.hintTerm() > 0) {
            long ours = log.lastIndexOfTerm(r.hintTerm());
            if (ours > 0) next = ours + 1;
        }
        next = Math.max(1, Math.min(next, r.rejectedIndex()));
        pr.becomeProbe(next);
        sendAppend(r.from(), true);
    }

    /** Sends the next batch to {@code peer} unless flow control holds it back. */
    private void sendAppend(String peer, boolean allowEmpty) {
        Progress pr = progress.get(peer);
        if (pr.isPaused(settings.maxInflight())) return;
        List<Entry> entries = log.slice(pr.next,
                log.lastIndexOfBatch(pr.next, settings.maxEntriesPerMessage(), settings.maxBytesPerMessage()));
        if (entries.isEmpty() && !allowEmpty) return;
        long prev = pr.next - 1;
        send(new AppendEntries(id, peer, term, prev, log.term(prev), entries, commitIndex, 0));
        pr.sent(entries.isEmpty() ? prev : entries.get(entries.size() - 1).index(), commitIndex);
    }

    /** A heartbeat reaches every follower, whatever flow control says; it doubles as retransmission. */
    private void broadcastHeartbeat() {
        for (String peer : peers) {
            Progress pr = progress.get(peer);
            if (pr.state == Progress.State.PROBE) {
                pr.probeSent = false;
                sendAppend(peer, true);
            } else if (pr.isPaused(settings.maxInflight())) {
                long prev = pr.next - 1;
                send(new AppendEntries(id, peer, term, prev, log.term(prev), List.of(), commitIndex, 0));
                pr.commitSent = Math.max(pr.commitSent, commitIndex);
            } else {
                sendAppend(peer, true);
            }
        }
    }

    /** What a voter holds as far as the leader knows; the leader counts itself once its own copy is durable. */
    private long ackedIndex(String voter) {
        return voter.equals(id) ? log.stableIndex() : progress.get(voter).match;
    }

    private boolean maybeCommit() {
        long candidate = voters.committedIndex(ackedIndexes);
        if (candidate <= commitIndex) return false;
        if (settings.commitRule() == RaftSettings.CommitRule.CURRENT_TERM && log.term(candidate) != term) return false;
        commitIndex = candidate;
        return true;
    }

    /**
     * The leader's commit index moved: apply, and tell the followers at once rather than at the next
     * heartbeat. If the leader's own apply fails, the news waits for the heartbeat that retries it.
     */
    private void onCommitAdvanced() {
        if (applyCommitted()) {
            for (String peer : peers) sendAppend(peer, true);
        }
    }

    // ---------------------------------------------------------------- applying

    /**
     * Applies committed entries in order. Stops at the first failure: the entry stays committed, the applied
     * index stays before it, and waiting clients at the leader get an error. Returns true if everything
     * committed is applied.
     */
    private boolean applyCommitted() {
        while (appliedIndex < commitIndex) {
            Entry e = log.entry(appliedIndex + 1);
            if (e.kind() == EntryKind.COMMAND) {
                ApplyResult result;
                boolean threw = false;
                try {
                    result = stateMachine.apply(e.index(), e.command());
                    if (result == null) result = ApplyResult.failed("the state machine returned no result");
                } catch (RuntimeException ex) {
                    result = ApplyResult.failed("the state machine threw " + describe(ex));
                    threw = true;
                }
                if (!result.applied()) {
                    // Every attempt gets its event, so a retry that fails again shows too.
                    deferredEvents.add(NodeEvent.applyFailed(e.index(), threw ? NodeEvent.Cause.THREW : NodeEvent.Cause.REPORTED));
                    applyError = "entry " + e.index() + ": " + result.error();
                    failPending(pendingRequests.headMap(commitIndex, true).keySet().stream().toList(),
                            ClientResult.Status.APPLY_FAILED,
                            "apply failed at the leader (" + applyError + "); the entry stays committed and is "
                                    + "retried on the next heartbeat");
                    return false;
                }
                appliedIndex = e.index();
                Long request = pendingRequests.remove(e.index());
                if (request != null) {
                    complete(result.outcome() == ApplyResult.Outcome.APPLIED
                            ? ClientResult.ok(request, e.index(), result.value())
                            : ClientResult.failure(request, ClientResult.Status.REFUSED, e.index(), result.error(), null));
                }
            } else {
                appliedIndex = e.index();
            }
        }
        applyError = null;
        return true;
    }

    private void failPending(List<Long> indexes, ClientResult.Status status, String error) {
        for (Long index : indexes) {
            Long request = pendingRequests.remove(index);
            if (request != null) complete(ClientResult.failure(request, status, index, error, leader));
        }
    }

    private static String describe(RuntimeException ex) {
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    // ---------------------------------------------------------------- timers

    private void onTimers() {
        if (role == Role.LEADER) {
            if (now >= heartbeatDeadline) {
                heartbeatDeadline = now + settings.heartbeatMs();
                applyCommitted();
                broadcastHeartbeat();
            }
            if (settings.checkQuorum() && now >= quorumCheckDeadline) {
                quorumCheckDeadline = now + settings.electionMinMs();
                boolean active = voters.isActive(voter -> voter.equals(id) || progress.get(voter).recentActive);
                for (Progress p : progress.values()) p.recentActive = false;
                if (!active) becomeFollower(term, null);
            }
        } else if (now >= electionDeadline) {
            startCampaign(false);
        }
    }

    private void resetElectionTimer() {
        electionDeadline = now + settings.electionMinMs()
                + random.nextLong(settings.electionMaxMs() - settings.electionMinMs() + 1);
    }
}
