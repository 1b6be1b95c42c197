package io.raftctl.transport;

import io.raftctl.raft.Message;
import io.raftctl.raft.TracedMessage;
import io.raftctl.trace.TraceNotation;
import io.raftctl.util.Log;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One accepted connection and its reader thread. It must open with a valid {@link Hello}; afterwards it
 * carries messages from that peer to this node only. Anything else closes this connection, and only it.
 */
final class InboundConnection {

    /** How long a new connection may take to say hello, so that a silent client cannot pin a thread. */
    static final int HELLO_TIMEOUT_MS = 5_000;
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final long JOIN_TIMEOUT_MS = 5_000;
    private static final Log LOG = Log.get("transport");

    private final Socket socket;
    private final String self;
    private final String clusterName;
    private final List<String> members;
    private final NetworkFaults faults;
    private final Consumer<Message> inbound;
    private final TransportCounters counters;
    private final InboundConnections registry;
    private final Thread reader;
    private volatile boolean closed;

    InboundConnection(Socket socket, String self, String clusterName, List<String> members, NetworkFaults faults,
                      Consumer<Message> inbound, TransportCounters counters, InboundConnections registry) {
        this.socket = socket;
        this.self = self;
        this.clusterName = clusterName;
        this.members = members;
        this.faults = faults;
        this.inbound = inbound;
        this.counters = counters;
        this.registry = registry;
        this.reader = new Thread(this::run, "raft-in-" + socket.getRemoteSocketAddress());
        reader.setDaemon(true);
    }

    void start() {
        reader.start();
    }

    /** Closes the socket and waits for the reader to end. */
    void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // Best effort: the reader ends once the socket is unusable.
        }
        try {
            reader.join(JOIN_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (Socket s = socket) {
            s.setSoTimeout(HELLO_TIMEOUT_MS);
            s.setKeepAlive(true); // eventually ends a connection from a machine that vanished
            InputStream in = new BufferedInputStream(s.getInputStream(), BUFFER_BYTES);
            String peer = acceptHello(in);
            s.setSoTimeout(0); // a quiet peer is normal: followers do not talk to each other
            reader.setName("raft-in-" + peer);
            registry.greeted(peer, this);
            byte[] payload;
            while ((payload = Frames.read(in, MessageCodec.MAX_FRAME_BYTES)) != null) {
                handle(peer, MessageCodec.decode(payload));
            }
        } catch (MalformedFrameException | PeerRejectedException | SocketTimeoutException e) {
            if (!closed) {
                counters.garbageConnections.increment();
                LOG.warn("node {} closed the connection from {}: {}", self, socket.getRemoteSocketAddress(),
                        e.getMessage());
            }
        } catch (IOException e) {
            if (!closed) LOG.debug("node {}: connection from {} ended: {}", self, socket.getRemoteSocketAddress(), e);
        } finally {
            registry.remove(this);
        }
    }

    private String acceptHello(InputStream in) throws IOException {
        byte[] first = Frames.read(in, Hello.MAX_BYTES);
        if (first == null) throw new MalformedFrameException("connection closed before saying hello.");
        Hello hello = Hello.decode(first);
        if (!hello.clusterName().equals(clusterName)) {
            throw new PeerRejectedException("hello from cluster '" + hello.clusterName() + "', not '" + clusterName + "'.");
        }
        if (!members.contains(hello.nodeId()) || hello.nodeId().equals(self)) {
            throw new PeerRejectedException("hello from '" + hello.nodeId() + "', which is not a peer of " + self + ".");
        }
        return hello.nodeId();
    }

    private void handle(String peer, Message m) throws PeerRejectedException {
        if (!m.from().equals(peer) || !m.to().equals(self)) {
            throw new PeerRejectedException("message from '" + m.from() + "' to '" + m.to()
                    + "' on the connection of " + peer + " to " + self + ".");
        }
        if (!faults.canReach(peer, self)) {
            counters.droppedPartitionIn.increment();
            return;
        }
        counters.framesReceived.increment();
        try {
            inbound.accept(m);
        } catch (RuntimeException e) {
            // The node's bug, not the peer's: keep the connection.
            LOG.error("node {} failed to take a {} from {}", self, TraceNotation.code(TracedMessage.Type.of(m)), peer, e);
        }
    }
}
