package io.raftctl.daemon;

import io.raftctl.admin.AdminDtos;
import io.raftctl.admin.LogResponses;
import io.raftctl.admin.AdminDtos.Ack;
import io.raftctl.admin.AdminException;
import io.raftctl.admin.NodeControl;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.raft.ClientResult;
import io.raftctl.raft.NodeStatus;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.Role;
import io.raftctl.raft.TraceEvents;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.StateView;
import io.raftctl.statemachine.Trigger;
import io.raftctl.statemachine.TriggerControl;
import io.raftctl.statemachine.Triggers;
import io.raftctl.trace.TraceNotation;
import io.raftctl.transport.NetworkFaults;
import io.raftctl.transport.PartitionState;
import io.raftctl.transport.PeerTransport;
import io.raftctl.util.Log;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** The admin socket's view of a node: each call becomes work for the {@link EngineLoop}. */
final class NodeController implements NodeControl {

    private static final Log LOG = Log.get("admin");

    private final String id;
    private final String cluster;
    private final List<String> members;
    private final String stateMachineKind;
    private final boolean fsync;
    private final EngineLoop loop;
    private final Tracer tracer;
    private final Triggers triggers;
    private final TriggerControl triggerControl;
    private final NetworkFaults faults;
    private final PartitionRules rules;
    private final PeerTransport transport;
    private final Runnable shutdown;

    NodeController(String id, String cluster, List<String> members, String stateMachineKind, boolean fsync, EngineLoop loop,
                   Tracer tracer, Triggers triggers, NetworkFaults faults, PartitionRules rules, PeerTransport transport,
                   Runnable shutdown) {
        this.id = id;
        this.cluster = cluster;
        this.members = List.copyOf(members);
        this.stateMachineKind = stateMachineKind;
        this.fsync = fsync;
        this.loop = loop;
        this.tracer = tracer;
        this.triggers = triggers;
        this.triggerControl = new TriggerControl(triggers, tracer);
        this.faults = faults;
        this.rules = rules;
        this.transport = transport;
        this.shutdown = shutdown;
    }

    // ---------------------------------------------------------------- queries

    @Override
    public AdminDtos.Status status() {
        EngineLoop.Snapshot s = loop.snapshot();
        NodeStatus e = s.engine();
        String role = s.crashed() ? "CRASHED" : e.role().name();
        return new AdminDtos.Status(id, TraceNotation.nodeName(members, id), cluster, role, s.crashed(),
                e != null && e.preVoteRound(),
                e == null ? null : e.term(), e == null ? null : e.votedFor(), e == null ? null : e.leader(),
                e == null ? null : e.commitIndex(), e == null ? null : e.appliedIndex(),
                e == null ? null : e.lastIndex(), e == null ? null : e.lastTerm(),
                e == null ? loop.timersOn() : e.timersOn(), triggers.describe(), net(),
                s.failure() != null ? s.failure() : e == null ? null : e.applyError(), e == null ? null : e.recovering(),
                stateMachineKind, fsync, ProcessHandle.current().pid(), loop.uptimeMs(), tracer.clock());
    }

    @Override
    public AdminDtos.LogResponse log(Long from, Long to) throws AdminException {
        return loop.call(() -> {
            RaftNode raft = loop.raftOrNull();
            return LogResponses.of(raft, raft != null ? null : loop.storage().entries(), from, to);
        });
    }

    @Override
    public AdminDtos.State state() throws AdminException {
        return loop.call(() -> {
            StateView v = loop.stateMachine().view();
            return new AdminDtos.State(v.kind(), v.total(), v.entries());
        });
    }

    @Override
    public AdminDtos.Triggers triggers() {
        return new AdminDtos.Triggers(triggers.describe());
    }

    @Override
    public AdminDtos.NetStatus net() {
        PartitionState p = faults.state();
        return new AdminDtos.NetStatus(p.isolated(), p.groups(), faults.isHolding(), faults.pending().size(),
                faults.cutOffFromMajority());
    }

    @Override
    public AdminDtos.Pending pending() {
        return new AdminDtos.Pending(faults.pendingShorthand());
    }

    @Override
    public AdminDtos.TraceResponse trace(TraceEvents events) {
        return TraceEventMapping.response(id, members, tracer.events(events), tracer.droppedEvents());
    }

    // ---------------------------------------------------------------- Raft actions

    @Override
    public Ack elect(boolean force) throws AdminException {
        return loop.call(() -> {
            RaftNode raft = loop.raft();
            if (raft.role() == Role.LEADER) return Ack.done("already the leader of term " + raft.term());
            if (raft.recovering() != null) {
                throw AdminException.recovering(id + " is recovering (" + raft.recovering() + ") and does not campaign "
                        + "until it has caught up with a leader: it may have lost entries it acknowledged");
            }
            LOG.info("{} starts a campaign ({})", id, force ? "operator, forced" : "operator, not forced");
            raft.campaign(force);
            return Ack.done();
        });
    }

    @Override
    public Ack heartbeat() throws AdminException {
        return loop.call(() -> {
            RaftNode raft = loop.raft();
            if (!raft.heartbeat()) {
                String leader = raft.leader();
                throw AdminException.notLeader(leader == null ? "not leader; no leader known" : "not leader; leader is " + leader);
            }
            return Ack.done();
        });
    }

    @Override
    public AdminDtos.CommandResponse command(String command, Duration timeout) throws AdminException {
        CompletableFuture<ClientResult> pending = loop.submit(command);
        try {
            ClientResult r = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new AdminDtos.CommandResponse(r.ok(), r.status().name(), r.index(), r.value(), r.error(), r.leaderHint());
        } catch (TimeoutException e) {
            loop.abandon(pending);
            return new AdminDtos.CommandResponse(false, "TIMEOUT", 0, null, "timed out; outcome unknown", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AdminException a) throw a;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AdminException.unavailable("interrupted while waiting for the command");
        }
    }

    @Override
    public Ack timers(boolean on) throws AdminException {
        return loop.call(() -> {
            loop.setTimers(on);
            LOG.info("{} timers {}", id, on ? "on" : "off");
            return Ack.done();
        });
    }

    // ---------------------------------------------------------------- faults

    // Trigger changes run on the engine thread: their trace rows report its state, between its own rows.

    @Override
    public Ack setTrigger(String name, String value) throws AdminException {
        Trigger trigger = parseTrigger(name);
        return loop.call(() -> {
            try {
                triggerControl.arm(trigger, value);
            } catch (IllegalArgumentException e) {
                throw AdminException.badRequest(e.getMessage());
            }
            LOG.info("{} trigger {} armed{}", id, name, value == null ? "" : " (" + value + ")");
            return Ack.done();
        });
    }

    @Override
    public Ack clearTrigger(String name) throws AdminException {
        Trigger trigger = name == null ? null : parseTrigger(name);
        return loop.call(() -> {
            if (trigger == null) triggerControl.clearAll();
            else triggerControl.clear(trigger);
            LOG.info("{} trigger {} cleared", id, name == null ? "(all)" : name);
            return Ack.done();
        });
    }

    private static Trigger parseTrigger(String name) throws AdminException {
        try {
            return Trigger.parse(name);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    @Override
    public Ack crash() throws AdminException {
        return loop.call(() -> {
            loop.crash();
            return Ack.done();
        });
    }

    @Override
    public Ack restart() throws AdminException {
        return loop.call(() -> {
            loop.restart();
            return Ack.done();
        });
    }

    @Override
    public Ack isolate(String node) throws AdminException {
        return netChange(f -> f.isolate(node));
    }

    @Override
    public Ack reconnect(String node) throws AdminException {
        return netChange(f -> f.reconnect(node));
    }

    @Override
    public Ack split(List<List<String>> groups) throws AdminException {
        return netChange(f -> f.split(groups));
    }

    @Override
    public Ack heal() throws AdminException {
        return netChange(NetworkFaults::heal);
    }

    @Override
    public Ack setNet(List<String> isolated, List<List<String>> groups) throws AdminException {
        return netChange(f -> f.setState(new PartitionState(isolated, groups)));
    }

    private Ack netChange(Consumer<NetworkFaults> change) throws AdminException {
        return loop.call(() -> {
            PartitionState now;
            try {
                now = rules.change(change);
            } catch (IllegalArgumentException e) {
                throw AdminException.badRequest(e.getMessage());
            } catch (IOException e) {
                LOG.error("{} could not save its network rules to {}: {}", id, rules.path(), e.toString());
                throw AdminException.unavailable("cannot save the network rules to " + rules.path() + " ("
                        + e.getMessage() + "); nothing changed");
            }
            loop.noteNetChange();
            LOG.info("{} network: {}", id, PartitionRules.describe(now));
            return Ack.done();
        });
    }

    @Override
    public Ack hold() throws AdminException {
        return loop.call(() -> {
            faults.hold();
            return Ack.done();
        });
    }

    @Override
    public Ack deliver(int count) throws AdminException {
        return loop.call(() -> {
            int before = faults.pending().size();
            transport.deliverHeld(count);
            return Ack.done("delivered " + (before - faults.pending().size()) + " message(s)");
        });
    }

    @Override
    public Ack release() throws AdminException {
        return loop.call(() -> {
            int before = faults.pending().size();
            transport.releaseHeld();
            return Ack.done("released " + before + " message(s)");
        });
    }

    // ---------------------------------------------------------------- trace and lifecycle

    @Override
    public Ack section(String title, long clock) throws AdminException {
        return loop.call(() -> {
            tracer.section(title, clock);
            return Ack.done();
        });
    }

    @Override
    public Ack clearTrace() {
        tracer.clear();
        return Ack.done();
    }

    @Override
    public Ack shutdown() {
        Thread t = new Thread(shutdown, "shutdown");
        t.start();
        return Ack.done(id + " is stopping");
    }
}
