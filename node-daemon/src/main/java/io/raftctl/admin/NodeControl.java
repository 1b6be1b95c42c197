package io.raftctl.admin;

import io.raftctl.admin.AdminDtos.Ack;
import io.raftctl.admin.AdminDtos.CommandResponse;
import io.raftctl.admin.AdminDtos.LogResponse;
import io.raftctl.admin.AdminDtos.NetStatus;
import io.raftctl.admin.AdminDtos.Pending;
import io.raftctl.admin.AdminDtos.State;
import io.raftctl.admin.AdminDtos.Status;
import io.raftctl.admin.AdminDtos.TraceResponse;
import io.raftctl.admin.AdminDtos.Triggers;
import io.raftctl.raft.TraceEvents;

import java.time.Duration;
import java.util.List;

/**
 * What the admin socket can ask of a node. The daemon implements it by handing each call to the thread
 * that owns the engine; every action returns once the node has acted locally (see docs/admin-api.md).
 */
public interface NodeControl {

    Status status();

    Ack elect(boolean force) throws AdminException;

    Ack heartbeat() throws AdminException;

    CommandResponse command(String command, Duration timeout) throws AdminException;

    LogResponse log(Long from, Long to) throws AdminException;

    State state() throws AdminException;

    Ack timers(boolean on) throws AdminException;

    Triggers triggers();

    Ack setTrigger(String name, String value) throws AdminException;

    Ack clearTrigger(String name) throws AdminException;

    Ack crash() throws AdminException;

    Ack restart() throws AdminException;

    NetStatus net();

    Ack isolate(String node) throws AdminException;

    Ack reconnect(String node) throws AdminException;

    Ack split(List<List<String>> groups) throws AdminException;

    Ack heal() throws AdminException;

    /** Replaces the partition rules by these, e.g. to bring a restarted node in line with the others. */
    Ack setNet(List<String> isolated, List<List<String>> groups) throws AdminException;

    Ack hold() throws AdminException;

    Ack deliver(int count) throws AdminException;

    Ack release() throws AdminException;

    Pending pending();

    /** The node's trace events in the view {@code events} (docs/trace-notation.md, opt-in events). */
    TraceResponse trace(TraceEvents events);

    Ack section(String title, long clock) throws AdminException;

    Ack clearTrace();

    /** Starts a graceful stop; returns before the daemon exits. */
    Ack shutdown();
}
