package io.raftctl.transport;

import io.raftctl.raft.Message;
import io.raftctl.raft.TracedMessage;
import io.raftctl.trace.TraceNotation;
import io.raftctl.util.Log;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The persistent connection to one peer: a bounded queue and a writer thread of its own, so that a dead
 * or slow peer never holds up traffic to the others. The writer reconnects with exponential backoff.
 *
 * <p>What is queued while the peer cannot be reached is dropped when a connection attempt fails, as on a
 * real network; keeping it would replay stale traffic once the peer is back.
 */
final class OutboundPeer {

    static final int QUEUE_CAPACITY = 10_000;
    /** Messages per write and flush; bounded so that a stuck peer holds at most this many beyond its queue. */
    static final int MAX_BATCH = 1_000;
    static final long BACKOFF_MIN_MS = 20;
    static final long BACKOFF_MAX_MS = 1_000;
    static final int CONNECT_TIMEOUT_MS = 1_000;
    /** A connection that ends sooner did not prove the peer healthy: the backoff keeps growing. */
    static final long STABLE_CONNECTION_MS = 1_000;
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final long JOIN_TIMEOUT_MS = 5_000;
    private static final Log LOG = Log.get("transport");

    private final String self;
    private final String peer;
    private final String clusterName;
    private final InetSocketAddress address;
    private final TransportCounters counters;
    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread writer;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile SocketChannel channel;

    // Owned by the writer thread.
    private final List<Message> batch = new ArrayList<>();
    private final ByteBuffer probe = ByteBuffer.allocate(64);

    OutboundPeer(String self, String peer, String clusterName, InetSocketAddress address, TransportCounters counters) {
        this.self = self;
        this.peer = peer;
        this.clusterName = clusterName;
        this.address = address;
        this.counters = counters;
        this.writer = new Thread(this::run, "raft-out-" + peer);
        writer.setDaemon(true);
    }

    String peer() {
        return peer;
    }

    void start() {
        writer.start();
    }

    /** Queues {@code m} without blocking; false if the queue is full. */
    boolean offer(Message m) {
        return queue.offer(m);
    }

    boolean isConnected() {
        return connected;
    }

    void close() {
        closed = true;
        closeQuietly(channel); // unblocks a connect, or a write stuck on a peer that does not read
        writer.interrupt();    // unblocks the wait for messages or the backoff pause
        try {
            writer.join(JOIN_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) LOG.warn("node {}: the writer thread to {} did not stop", self, peer);
    }

    private void run() {
        Backoff backoff = new Backoff(BACKOFF_MIN_MS, BACKOFF_MAX_MS);
        boolean troubled = false; // a failed attempt or a lost connection since the last success
        boolean reported = false; // the current run of failed attempts is already in the log
        while (!closed) {
            SocketChannel ch = null;
            long connectedAt = 0;
            try {
                ch = SocketChannel.open();
                channel = ch;
                if (closed) break; // close() may have looked at the previous channel
                OutputStream out = connect(ch);
                connectedAt = System.nanoTime();
                connected = true;
                if (troubled) counters.reconnects.increment();
                LOG.info("node {} connected to peer {} at {}", self, peer, address);
                troubled = false;
                reported = false;
                pump(ch, out);
            } catch (InterruptedException e) {
                break;
            } catch (IOException e) {
                if (closed) break;
                if (connected) {
                    LOG.info("node {} lost its connection to peer {}: {}", self, peer, e.getMessage());
                    if (System.nanoTime() - connectedAt >= STABLE_CONNECTION_MS * 1_000_000) backoff.reset();
                } else {
                    if (!reported) {
                        LOG.info("node {} cannot reach peer {} at {} ({}); retrying", self, peer, address, e.getMessage());
                    }
                    reported = true;
                    dropUndeliverable();
                }
            } finally {
                connected = false;
                closeQuietly(ch);
            }
            troubled = true;
            try {
                Thread.sleep(backoff.next());
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    private OutputStream connect(SocketChannel ch) throws IOException {
        Socket s = ch.socket();
        s.setTcpNoDelay(true);
        s.setKeepAlive(true);
        // A fresh InetSocketAddress resolves the host name again, in case it moved.
        s.connect(new InetSocketAddress(address.getHostString(), address.getPort()), CONNECT_TIMEOUT_MS);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER_BYTES);
        Frames.write(out, new Hello(clusterName, self).encode());
        out.flush();
        return out;
    }

    /** Writes whatever is queued as one batch and one flush, until the connection fails or closes. */
    private void pump(SocketChannel ch, OutputStream out) throws IOException, InterruptedException {
        while (!closed) {
            if (batch.isEmpty()) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
            }
            // A batch written to a connection the peer already closed (it restarted, say) would vanish;
            // found closed here, the batch waits for the next connection instead.
            ensureOpen(ch);
            writeBatch(out);
        }
    }

    private void ensureOpen(SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        try {
            probe.clear();
            // Peers never write on this connection: -1 means it is closed; stray bytes are ignored.
            if (ch.read(probe) < 0) throw new IOException("peer closed the connection");
        } finally {
            ch.configureBlocking(true);
        }
    }

    private void writeBatch(OutputStream out) throws IOException {
        int written = 0;
        try {
            for (Message m : batch) {
                byte[] payload = encodeOrNull(m);
                if (payload == null) continue;
                Frames.write(out, payload);
                written++;
            }
            out.flush();
        } catch (IOException e) {
            // Some frames may have reached the peer; resending could duplicate them, so all count as lost.
            counters.droppedPeerDown.add(written);
            batch.clear();
            throw e;
        }
        counters.framesSent.add(written);
        batch.clear();
    }

    private void dropUndeliverable() {
        int dropped = batch.size();
        batch.clear();
        List<Message> stale = new ArrayList<>();
        dropped += queue.drainTo(stale);
        counters.droppedPeerDown.add(dropped);
    }

    private byte[] encodeOrNull(Message m) {
        try {
            return MessageCodec.encode(m);
        } catch (RuntimeException e) {
            counters.droppedUnencodable.increment();
            LOG.warn("node {} dropped a {} to {}: {}", self, TraceNotation.code(TracedMessage.Type.of(m)), peer, e.getMessage());
            return null;
        }
    }

    private static void closeQuietly(SocketChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // Closing is best effort; the channel is abandoned either way.
        }
    }
}
