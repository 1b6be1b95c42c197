package io.raftctl.cli.sim;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.LogResponses;
import io.raftctl.admin.AdminDtos.Ack;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.client.AdminCallException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeTrace;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.raft.TracedMessage;
import io.raftctl.trace.TraceNotation;
import io.raftctl.raft.ClientResult;
import io.raftctl.raft.Message;
import io.raftctl.raft.NodeStatus;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.Role;
import io.raftctl.raft.TraceEvents;
import io.raftctl.sim.SimCluster;
import io.raftctl.sim.SimNode;
import io.raftctl.statemachine.StateView;
import io.raftctl.statemachine.Trigger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node of the simulator, answering as a daemon's admin socket does: the same records, the same refusals
 * with the same sentences and exit codes (docs/admin-api.md), so that commands cannot tell the difference.
 * Every action settles the world afterwards, as a zero-latency network would deliver what it set off.
 */
final class SimNodeAdmin implements NodeAdmin {

    /** The admin socket's bound on a command's timeout. */
    private static final Duration MAX_COMMAND_TIMEOUT = Duration.ofMinutes(10);

    private final SimWorld world;
    private final ClusterNode node;

    SimNodeAdmin(SimWorld world, ClusterNode node) {
        this.world = world;
        this.node = node;
    }

    @Override
    public ClusterNode node() {
        return node;
    }

    private SimCluster cluster() {
        return world.cluster();
    }

    /** The node, if its process runs; a stopped one is unreachable, as a daemon that is not running. */
    private SimNode sim() {
        if (!world.running(node.id())) {
            throw new NodeUnreachableException(node.id(), node.address(), "not running",
                    "'up " + node.id() + "' starts it", null);
        }
        return cluster().node(node.id());
    }

    /** The node's engine; a crashed node refuses as a daemon does (exit 1, {@code node is crashed}). */
    private RaftNode engine() {
        SimNode n = sim();
        if (n.crashed()) throw crashed();
        return n.raft();
    }

    static AdminCallException crashed() {
        return new AdminCallException(ExitCodes.FAILED, "node is crashed", 409, AdminApi.E_CRASHED);
    }

    private static AdminCallException badRequest(String sentence) {
        return new AdminCallException(ExitCodes.USAGE, sentence, 400, AdminApi.E_BAD_REQUEST);
    }

    /** Runs an action, then lets the network deliver what it set off. */
    private Ack act(Runnable action) {
        sim();
        action.run();
        world.settle();
        return Ack.done();
    }

    // ---------------------------------------------------------------- queries

    @Override
    public AdminDtos.Status status() {
        SimNode n = sim();
        NodeStatus e = n.crashed() ? null : n.raft().status();
        return new AdminDtos.Status(node.id(), TraceNotation.nodeName(cluster().ids(), node.id()), SimWorld.CLUSTER_NAME,
                e == null ? "CRASHED" : e.role().name(), e == null, e != null && e.preVoteRound(),
                e == null ? null : e.term(), e == null ? null : e.votedFor(), e == null ? null : e.leader(),
                e == null ? null : e.commitIndex(), e == null ? null : e.appliedIndex(),
                e == null ? null : e.lastIndex(), e == null ? null : e.lastTerm(),
                e == null ? n.timersOn() : e.timersOn(), n.triggers().describe(), netOf(n),
                e == null ? downReason(n) : e.applyError(), n.recovering(),
                n.stateMachine() == null ? "counter" : n.stateMachine().kind(),
                true, 0, world.uptimeMs(node.id()), n.tracer().clock());
    }

    @Override
    public AdminDtos.LogResponse log(Long from, Long to) {
        SimNode n = sim();
        RaftNode raft = n.crashed() ? null : n.raft();
        return LogResponses.of(raft, raft != null ? null : n.durableLog(), from, to);
    }

    @Override
    public AdminDtos.State state() {
        SimNode n = sim();
        if (n.crashed()) throw crashed();
        StateView v = n.stateMachine().view();
        return new AdminDtos.State(v.kind(), v.total(), v.entries());
    }

    @Override
    public AdminDtos.Triggers triggers() {
        return new AdminDtos.Triggers(sim().triggers().describe());
    }

    @Override
    public AdminDtos.NetStatus net() {
        return netOf(sim());
    }

    private AdminDtos.NetStatus netOf(SimNode n) {
        SimCluster c = cluster();
        return new AdminDtos.NetStatus(c.isolated(), c.groups(), c.holding(n.id()), c.pending(n.id()).size(),
                c.cutOff(n.id()));
    }

    @Override
    public AdminDtos.Pending pending() {
        sim();
        List<String> lines = new ArrayList<>();
        for (Message m : cluster().pending(node.id())) lines.add(new TraceNotation(cluster().ids()).atSender(TracedMessage.of(m)));
        return new AdminDtos.Pending(lines);
    }

    @Override
    public NodeTrace trace(TraceEvents events) {
        SimNode n = sim();
        return new NodeTrace(cluster().traceRows(events).get(node.id()), n.tracer().droppedEvents());
    }

    // ---------------------------------------------------------------- Raft actions

    @Override
    public Ack elect(boolean force) {
        RaftNode raft = engine();
        if (raft.role() == Role.LEADER) return Ack.done("already the leader of term " + raft.term());
        return act(() -> cluster().elect(node.id(), force));
    }

    @Override
    public Ack heartbeat() {
        RaftNode raft = engine();
        if (!cluster().heartbeat(node.id())) {
            String leader = raft.leader();
            throw new AdminCallException(ExitCodes.FAILED, leader == null ? "not leader; no leader known"
                    : "not leader; leader is " + leader, 409, AdminApi.E_NOT_LEADER);
        }
        world.settle();
        return Ack.done();
    }

    /**
     * Submits the command, lets the network deliver, and then lets simulated time pass until the answer comes
     * or the timeout does: what a client waiting on a daemon sees.
     */
    @Override
    public AdminDtos.CommandResponse command(String text, Duration timeout) {
        if (text == null || text.isBlank()) throw badRequest("field 'command' is required");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_COMMAND_TIMEOUT) > 0) {
            throw badRequest("field 'timeout_ms' must be between 1 and " + MAX_COMMAND_TIMEOUT.toMillis());
        }
        engine();
        long request = cluster().submit(node.id(), text);
        world.settle();
        long deadline = world.nowMs() + timeout.toMillis();
        Optional<ClientResult> result = cluster().result(request);
        while (result.isEmpty() && world.nowMs() < deadline) {
            world.advance(SimWorld.STEP);
            result = cluster().result(request);
        }
        if (result.isEmpty()) {
            return new AdminDtos.CommandResponse(false, "TIMEOUT", 0, null, "timed out; outcome unknown", null);
        }
        ClientResult r = result.get();
        return new AdminDtos.CommandResponse(r.ok(), r.status().name(), r.index(), r.value(), r.error(), r.leaderHint());
    }

    /**
     * Submits the command and lets the network deliver, without waiting for the answer: the simulator-only line
     * {@code propose}. Returns the request, whose answer {@link SimCluster#result} gives once there is one.
     */
    long propose(String text) {
        if (text == null || text.isBlank()) throw badRequest("field 'command' is required");
        engine();
        long request = cluster().submit(node.id(), text);
        world.settle();
        return request;
    }

    @Override
    public Ack timers(boolean on) {
        return act(() -> cluster().setTimers(node.id(), on));
    }

    // ---------------------------------------------------------------- faults

    @Override
    public Ack triggerSet(String name, String value) {
        Trigger trigger = trigger(name);
        sim();
        try {
            cluster().setTrigger(node.id(), trigger, value);
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        return Ack.done();
    }

    @Override
    public Ack triggerClear(String name) {
        Trigger trigger = name == null ? null : trigger(name);
        sim();
        cluster().clearTrigger(node.id(), trigger);
        return Ack.done();
    }

    private static Trigger trigger(String name) {
        try {
            return Trigger.parse(name);
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }

    @Override
    public Ack crash() {
        return act(() -> cluster().crash(node.id()));
    }

    @Override
    public Ack restart() {
        // A node whose storage does not reopen stays down, and its status says why. (A daemon answers such a
        // restart 503; here the line succeeds, so that an explored script replays up to its end.)
        return act(() -> cluster().restart(node.id()));
    }

    /** Why a node that is down stays down (its storage refused to open, or failed), for status; else null. */
    private static String downReason(SimNode n) {
        if (n.downForever() != null) return "storage refuses to open: " + n.downForever();
        return n.storageFailure() != null ? "storage failed: " + n.storageFailure() : null;
    }

    // The simulated network has one set of partition rules, the cluster's: telling it to each node is idempotent,
    // and a stopped node has them too (it cannot miss a change, as a daemon that is down does).

    @Override
    public Ack isolate(String nodeId) {
        return changeRules(() -> cluster().isolate(known(nodeId)));
    }

    @Override
    public Ack reconnect(String nodeId) {
        return changeRules(() -> cluster().reconnect(known(nodeId)));
    }

    @Override
    public Ack split(List<List<String>> groups) {
        if (groups.size() < 2) throw badRequest("a split needs at least two groups");
        for (List<String> g : groups) g.forEach(this::known);
        return changeRules(() -> cluster().split(groups));
    }

    @Override
    public Ack heal() {
        return changeRules(() -> cluster().heal());
    }

    @Override
    public Ack setNet(List<String> isolated, List<List<String>> groups) {
        isolated.forEach(this::known);
        for (List<String> g : groups) g.forEach(this::known);
        return changeRules(() -> {
            cluster().heal();
            if (groups.size() >= 2) cluster().split(groups);
            isolated.forEach(cluster()::isolate);
        });
    }

    private Ack changeRules(Runnable change) {
        change.run();
        world.settle();
        return Ack.done();
    }

    private String known(String id) {
        if (!cluster().ids().contains(id)) throw badRequest("unknown node '" + id + "'");
        return id;
    }

    @Override
    public Ack hold() {
        return act(() -> cluster().hold(node.id()));
    }

    /** Sends the oldest {@code count} (null: all) of the messages queued when called, in order; then settles. */
    @Override
    public Ack deliver(Integer count) {
        sim();
        List<Long> queued = cluster().inFlight().stream()
                .filter(f -> f.message().from().equals(node.id())).map(SimCluster.InFlight::seq).toList();
        List<Long> chosen = count == null || count < 0 ? queued : queued.subList(0, Math.min(count, queued.size()));
        for (long seq : chosen) cluster().deliverSeq(seq);
        world.settle();
        return Ack.done("delivered " + chosen.size() + " message(s)");
    }

    @Override
    public Ack release() {
        sim();
        int before = cluster().pending(node.id()).size();
        cluster().release(node.id());
        world.settle();
        return Ack.done("released " + before + " message(s)");
    }

    // ---------------------------------------------------------------- trace

    @Override
    public Ack traceSection(String title, long clock) {
        sim().tracer().section(title.strip(), clock);
        return Ack.done();
    }

    @Override
    public Ack traceClear() {
        sim().tracer().clear();
        return Ack.done();
    }
}
