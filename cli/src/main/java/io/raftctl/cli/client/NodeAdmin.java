package io.raftctl.cli.client;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.raft.TraceEvents;

import java.time.Duration;
import java.util.List;

/**
 * What a command can ask of one node (docs/admin-api.md): the admin socket of a daemon ({@link AdminClient}),
 * or a node of the simulator ({@code io.raftctl.cli.sim.SimNodeAdmin}). Both answer with the same records and
 * fail with the same exceptions (exit 1 for a refusal, 2 for a bad request, 3 for a node that cannot be
 * reached), so every command prints the same text and JSON on either.
 */
public interface NodeAdmin {

    ClusterNode node();

    default String id() {
        return node().id();
    }

    // ---------------------------------------------------------------- queries

    AdminDtos.Status status();

    AdminDtos.LogResponse log(Long from, Long to);

    AdminDtos.State state();

    AdminDtos.Triggers triggers();

    AdminDtos.NetStatus net();

    AdminDtos.Pending pending();

    /** The node's trace rows in the view {@code events}. */
    NodeTrace trace(TraceEvents events);

    // ---------------------------------------------------------------- actions

    AdminDtos.Ack elect(boolean force);

    AdminDtos.Ack heartbeat();

    /** Submits a command and waits up to {@code timeout} for its result. */
    AdminDtos.CommandResponse command(String text, Duration timeout);

    AdminDtos.Ack timers(boolean on);

    AdminDtos.Ack triggerSet(String name, String value);

    /** Disarms {@code name}, or every trigger when it is null. */
    AdminDtos.Ack triggerClear(String name);

    AdminDtos.Ack crash();

    AdminDtos.Ack restart();

    AdminDtos.Ack isolate(String nodeId);

    AdminDtos.Ack reconnect(String nodeId);

    AdminDtos.Ack split(List<List<String>> groups);

    AdminDtos.Ack heal();

    /** Replaces the node's partition rules by these. */
    AdminDtos.Ack setNet(List<String> isolated, List<List<String>> groups);

    AdminDtos.Ack hold();

    /** Sends up to {@code count} held messages; null: all of them. */
    AdminDtos.Ack deliver(Integer count);

    AdminDtos.Ack release();

    AdminDtos.Ack traceSection(String title, long clock);

    AdminDtos.Ack traceClear();
}
