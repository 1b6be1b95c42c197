package io.raftctl.transport;

import io.raftctl.raft.Message;
import io.raftctl.util.Log;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Carries Raft messages between the nodes over TCP. Each peer gets a persistent outbound connection with
 * its own queue and writer thread; each accepted connection gets a reader thread. The node's
 * {@link NetworkFaults} decide what is held and what a partition drops.
 *
 * <p>{@code inbound} is called from the reader threads, one per peer, concurrently.
 */
public final class PeerTransport implements AutoCloseable {

    /** Inbound connections kept at most, greeted or not. */
    static final int MAX_INBOUND_CONNECTIONS = 64;
    private static final long ACCEPT_ERROR_PAUSE_MS = 50;
    private static final long JOIN_TIMEOUT_MS = 5_000;
    private static final Log LOG = Log.get("transport");

    private final String self;
    private final String clusterName;
    private final List<String> members;
    private final InetSocketAddress listenAddress;
    private final NetworkFaults faults;
    private final Consumer<Message> inbound;
    private final TransportCounters counters = new TransportCounters();
    private final Map<String, OutboundPeer> outbound = new LinkedHashMap<>();
    private final InboundConnections inboundConnections = new InboundConnections(MAX_INBOUND_CONNECTIONS);
    // Serialises hand-offs to the outbound queues, so that released messages leave before later ones.
    private final Object dispatchLock = new Object();

    private ServerSocket server;
    private Thread acceptor;
    private boolean started;
    private volatile boolean closed;

    public PeerTransport(String self, String clusterName, List<String> members,
                         Map<String, InetSocketAddress> raftAddresses, NetworkFaults faults, Consumer<Message> inbound) {
        this.self = Objects.requireNonNull(self, "self");
        this.clusterName = Objects.requireNonNull(clusterName, "clusterName");
        this.members = List.copyOf(members);
        this.faults = Objects.requireNonNull(faults, "faults");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        if (new HashSet<>(this.members).size() != this.members.size()) {
            throw new IllegalArgumentException("members " + members + " name a node twice");
        }
        if (!this.members.contains(self)) throw new IllegalArgumentException("node '" + self + "' is not a member");
        if (!faults.self().equals(self) || !faults.members().equals(this.members)) {
            throw new IllegalArgumentException("the network faults belong to another node or cluster");
        }
        for (String member : this.members) {
            if (raftAddresses.get(member) == null) {
                throw new IllegalArgumentException("node '" + member + "' has no raft address");
            }
        }
        this.listenAddress = raftAddresses.get(self);
        for (String peer : this.members) {
            if (peer.equals(self)) continue;
            outbound.put(peer, new OutboundPeer(self, peer, clusterName, raftAddresses.get(peer), counters));
        }
    }

    /** Listens on this node's raft address and starts connecting to the peers. */
    public synchronized void start() throws IOException {
        if (started) throw new IllegalStateException("the transport of node " + self + " was already started");
        if (closed) throw new IllegalStateException("the transport of node " + self + " is closed");
        server = listen();
        started = true;
        acceptor = new Thread(this::acceptLoop, "raft-accept-" + self);
        acceptor.setDaemon(true);
        acceptor.start();
        outbound.values().forEach(OutboundPeer::start);
        LOG.info("node {} listens for peers on {}", self, server.getLocalSocketAddress());
    }

    /** The address the listener is bound to (useful when the configured port is 0); null before start. */
    public synchronized InetSocketAddress boundAddress() {
        return server == null ? null : (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** Sends {@code m} without blocking: queued if this node holds its messages, else handed to the peer's queue. */
    public void send(Message m) {
        if (!self.equals(m.from())) throw new IllegalArgumentException("node " + self + " cannot send a message from " + m.from());
        if (!outbound.containsKey(m.to())) throw new IllegalArgumentException("unknown peer '" + m.to() + "'");
        if (closed) return;
        synchronized (dispatchLock) {
            if (!faults.queueIfHolding(m)) dispatch(m);
        }
    }

    /** Sends up to {@code count} held messages, oldest first (a negative count: all); partitions apply now. */
    public void deliverHeld(int count) {
        synchronized (dispatchLock) {
            for (Message m : faults.deliver(count)) dispatch(m);
        }
    }

    /** Stops holding and sends what was held. */
    public void releaseHeld() {
        synchronized (dispatchLock) {
            for (Message m : faults.release()) dispatch(m);
        }
    }

    public TransportStats stats() {
        List<String> connected = outbound.values().stream()
                .filter(OutboundPeer::isConnected).map(OutboundPeer::peer).toList();
        return new TransportStats(counters.framesSent.sum(), counters.framesReceived.sum(),
                counters.droppedPartitionOut.sum(), counters.droppedPartitionIn.sum(),
                counters.droppedQueueFull.sum(), counters.droppedPeerDown.sum(), counters.droppedUnencodable.sum(),
                faults.heldOverflow(), counters.garbageConnections.sum(), counters.reconnects.sum(),
                connected, inboundConnections.peers(members));
    }

    /** Closes the listener and every connection and waits for the threads to end. */
    @Override
    public void close() {
        Thread acceptorThread;
        synchronized (this) {
            if (closed) return;
            closed = true;
            acceptorThread = acceptor;
            closeQuietly(server);
        }
        if (acceptorThread != null) {
            acceptorThread.interrupt();
            join(acceptorThread);
        }
        outbound.values().forEach(OutboundPeer::close);
        inboundConnections.closeAll();
    }

    private void dispatch(Message m) {
        if (!faults.canReach(self, m.to())) {
            counters.droppedPartitionOut.increment();
        } else if (!outbound.get(m.to()).offer(m)) {
            counters.droppedQueueFull.increment();
        }
    }

    private ServerSocket listen() throws IOException {
        if (listenAddress.isUnresolved()) {
            throw new IOException("the raft address " + listenAddress.getHostString() + " of node " + self
                    + " does not resolve");
        }
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true); // a restarted node must not wait for old connections in TIME_WAIT
            s.bind(listenAddress);
            return s;
        } catch (BindException e) {
            closeQuietly(s);
            throw new IOException("node " + self + " cannot listen for peers on " + listenAddress
                    + " (" + e.getMessage() + "); is another process using the port?", e);
        } catch (IOException e) {
            closeQuietly(s);
            throw e;
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (closed) return;
                LOG.warn("node {} failed to accept a peer connection: {}", self, e.getMessage());
                if (!pause()) return; // e.g. out of file descriptors: do not spin
                continue;
            }
            InboundConnection c = new InboundConnection(s, self, clusterName, members, faults, inbound, counters,
                    inboundConnections);
            if (inboundConnections.add(c)) {
                c.start();
            } else {
                if (!closed) {
                    counters.garbageConnections.increment();
                    LOG.warn("node {} refused a connection from {}: too many open connections",
                            self, s.getRemoteSocketAddress());
                }
                closeQuietly(s);
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(ACCEPT_ERROR_PAUSE_MS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void join(Thread t) {
        try {
            t.join(JOIN_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // Best effort during shutdown.
        }
    }
}
