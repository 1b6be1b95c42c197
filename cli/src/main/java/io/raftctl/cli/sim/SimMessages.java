package io.raftctl.cli.sim;

import io.raftctl.cli.CliException;
import io.raftctl.raft.TracedMessage;
import io.raftctl.trace.TraceNotation;
import io.raftctl.raft.Message;
import io.raftctl.sim.MessageKinds;
import io.raftctl.sim.SimCluster;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The simulator-only lines that act on messages in flight: {@code deliver}, {@code drop}, {@code duplicate} and
 * {@code stabilize}.
 * In flight are the messages that held nodes ({@code net hold}) have queued: every other message is delivered at
 * the end of the action that sent it, as by a zero-latency network.
 */
public final class SimMessages {

    /** Message kinds, as the trace writes them. */
    public static final List<String> KINDS = MessageKinds.ALL;

    private SimMessages() {
    }

    /** Delivers the oldest message in flight from {@code from} to {@code to} (of {@code kind}, if not null). */
    public static String deliver(SimWorld world, String from, String to, String kind) {
        SimCluster.InFlight m = oldest(world, from, to, kind);
        SimCluster cluster = world.cluster();
        String what = describe(cluster, m.message());
        String lost = lostBecause(world, m.message());
        cluster.deliverSeq(m.seq());
        world.settle();
        return lost == null ? "delivered " + what : what + " was lost: " + lost;
    }

    /** Removes the oldest such message from the network: it is never received. */
    public static String drop(SimWorld world, String from, String to, String kind) {
        SimCluster.InFlight m = oldest(world, from, to, kind);
        world.cluster().dropSeq(m.seq());
        return "dropped " + describe(world.cluster(), m.message());
    }

    /** Puts a copy of the oldest such message on the wire after everything in flight: it will be received twice. */
    public static String duplicate(SimWorld world, String from, String to, String kind) {
        SimCluster.InFlight m = oldest(world, from, to, kind);
        world.cluster().duplicateSeq(m.seq());
        world.settle();
        return "duplicated " + describe(world.cluster(), m.message());
    }

    /** Delivers everything in flight, held or not, and what that sets off, until nothing is; returns how many. */
    public static int stabilize(SimWorld world) {
        int delivered = world.cluster().stabilize();
        world.checkSafety();
        return delivered;
    }

    /** @throws CliException exit 2 for an unknown node or kind, exit 1 if no such message is in flight */
    private static SimCluster.InFlight oldest(SimWorld world, String from, String to, String kind) {
        world.view().node(from);
        world.view().node(to);
        if (kind != null && !KINDS.contains(kind)) {
            throw CliException.usage("unknown message kind '" + kind + "' (expected one of " + String.join(", ", KINDS) + ")");
        }
        Optional<SimCluster.InFlight> found = world.cluster().oldest(from, to, kind);
        if (found.isPresent()) return found.get();
        List<SimCluster.InFlight> inFlight = world.cluster().inFlight();
        String wanted = "no message" + (kind == null ? "" : " of kind " + kind) + " from " + from + " to " + to + " is in flight";
        if (inFlight.isEmpty()) {
            throw CliException.failed(wanted + ", nor any other ('net hold' keeps a node's messages in flight)");
        }
        throw CliException.failed(wanted + "; in flight: " + inFlight.stream().map(f -> describe(world.cluster(), f.message()))
                .collect(Collectors.joining(", ")));
    }

    /** {@code p_v_r+N-2 t-1 li-0 lt-0 (n1 to n2)}. */
    static String describe(SimCluster cluster, Message m) {
        return new TraceNotation(cluster.ids()).atSender(TracedMessage.of(m)) + " (" + m.from() + " to " + m.to() + ")";
    }

    /** Why delivering {@code m} now would lose it, or null. */
    private static String lostBecause(SimWorld world, Message m) {
        SimCluster cluster = world.cluster();
        if (!cluster.canReach(m.from(), m.to())) return "the partition cuts " + m.from() + " off from " + m.to();
        if (!world.running(m.to())) return m.to() + " is not running";
        if (cluster.node(m.to()).crashed()) return m.to() + " is crashed";
        return null;
    }
}
