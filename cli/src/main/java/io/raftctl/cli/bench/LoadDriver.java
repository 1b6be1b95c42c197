package io.raftctl.cli.bench;

import io.raftctl.client.ClientConnection;
import io.raftctl.client.ClientProtocol;
import io.raftctl.client.ProtocolException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Closed-loop clients against one node's client port: each client has one command out at a time and sends the
 * next as soon as the answer arrives. Clients share {@code connections} connections round-robin (one each when
 * equal), driven by one selector thread, so the load generator costs little CPU next to the cluster.
 * Latency is measured from just before a command is queued for its socket to the moment its answer is decoded.
 */
final class LoadDriver {

    /** After the window closes, answers still out are awaited this long, then counted as of unknown outcome. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_CLIENTS = 1 << 16; // a client's index travels in the low 16 bits of a request id
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    /** What a level produced. */
    record Outcome(long measuredOps, double windowS, Latencies latencies, long acknowledged, long errors,
                   long indeterminate, String firstError, String leaderMovedTo) {
    }

    private final InetSocketAddress address;
    private final String token;
    private final byte[] command;
    private final int clients;
    private final int connectionCount;

    LoadDriver(InetSocketAddress address, String token, String command, int clients, int connections) {
        if (clients < 1 || clients > MAX_CLIENTS) throw new IllegalArgumentException("clients must be 1.." + MAX_CLIENTS);
        this.address = address;
        this.token = token;
        this.command = ClientProtocol.utf8(command);
        this.clients = clients;
        this.connectionCount = Math.max(1, Math.min(connections, clients));
    }

    /**
     * Runs the clients for {@code warmup} then measures for {@code duration}; {@code progress} gets the number of
     * answers so far about once a second.
     */
    Outcome run(Duration warmup, Duration duration, LongConsumer progress) throws IOException {
        List<Conn> conns = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < connectionCount; i++) conns.add(new Conn(open(), i));
            for (Conn c : conns) c.channel.register(selector, SelectionKey.OP_READ, c);
            return new Run(conns, selector).go(warmup.toNanos(), duration.toNanos(), progress);
        } finally {
            for (Conn c : conns) c.close();
        }
    }

    /** A connection, greeted through the blocking client so that errors read the same as for {@code command}. */
    private SocketChannel open() throws IOException {
        // Greet with the blocking client to check the token and the node, then switch to a channel of our own.
        SocketChannel ch = SocketChannel.open();
        try {
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ch.connect(address);
            ch.write(ByteBuffer.wrap(ClientProtocol.hello(token)));
            ByteBuffer len = ByteBuffer.allocate(4);
            readFully(ch, len);
            len.flip();
            int n = ClientProtocol.frameLength(len);
            ByteBuffer frame = ByteBuffer.allocate(n);
            readFully(ch, frame);
            frame.flip();
            int type = frame.get();
            if (type == ClientProtocol.REFUSED) throw new ClientConnection.RefusedException(ClientProtocol.readString(frame));
            if (type != ClientProtocol.WELCOME) throw new ProtocolException("the node answered the hello with frame type " + type + ".");
            ch.configureBlocking(false);
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static void readFully(SocketChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) throw new IOException("the node closed the connection");
        }
    }

    /** One connection: its socket, buffers, and the clients it carries. */
    private final class Conn {
        final SocketChannel channel;
        final int index;
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        ByteBuffer out = ByteBuffer.allocate(64 * 1024);
        boolean dead;

        Conn(SocketChannel channel, int index) {
            this.channel = channel;
            this.index = index;
        }

        void queue(long requestId) {
            int need = ClientProtocol.commandSize(command);
            if (out.remaining() < need) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + need));
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            ClientProtocol.putCommand(out, requestId, command);
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Done with it.
            }
        }
    }

    /** The state of one level's run. */
    private final class Run {
        final List<Conn> conns;
        final Selector selector;
        final long[] sentAt = new long[clients];
        final long[] sequence = new long[clients];
        final boolean[] waiting = new boolean[clients];
        final Latencies latencies = new Latencies();
        long measureStart;
        long end;
        boolean stopping;
        int outstanding;
        long answers;
        long measuredOps;
        long acknowledged;
        long errors;
        long indeterminate;
        String firstError;
        String leaderMovedTo; // set when the node answered NOT_LEADER: the level ends early
        long stoppedAt;

        Run(List<Conn> conns, Selector selector) {
            this.conns = conns;
            this.selector = selector;
        }

        Outcome go(long warmupNanos, long durationNanos, LongConsumer progress) throws IOException {
            long start = System.nanoTime();
            measureStart = start + warmupNanos;
            end = measureStart + durationNanos;
            for (int c = 0; c < clients; c++) send(c, start);
            flushAll();
            long nextProgress = start + PROGRESS_NANOS;
            long drainDeadline = Long.MAX_VALUE;
            while (true) {
                long now = System.nanoTime();
                if (!stopping && now - end >= 0) {
                    stopping = true;
                    drainDeadline = now + DRAIN_TIMEOUT.toNanos();
                }
                if (stopping && (outstanding == 0 || now - drainDeadline >= 0)) break;
                long wait = Math.min(nextProgress - now, (stopping ? drainDeadline : end) - now);
                selector.select(Math.max(1, wait / 1_000_000));
                long t = System.nanoTime();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Conn c = (Conn) key.attachment();
                    if (key.isValid() && key.isReadable()) read(c, t);
                    if (key.isValid() && key.isWritable()) flush(c);
                }
                flushAll();
                if (t - nextProgress >= 0) {
                    nextProgress = t + PROGRESS_NANOS;
                    progress.accept(answers);
                }
            }
            indeterminate += outstanding; // no answer: they may or may not have been applied
            if (outstanding > 0) note("no answer to " + outstanding + " command(s) within " + DRAIN_TIMEOUT.toSeconds() + "s of the end");
            errors += outstanding;
            // A level cut short by a change of leader measured only until then.
            double window = leaderMovedTo == null ? durationNanos / 1e9 : Math.max(0, stoppedAt - measureStart) / 1e9;
            return new Outcome(measuredOps, window, latencies, acknowledged, errors, indeterminate, firstError,
                    leaderMovedTo);
        }

        void send(int client, long now) {
            Conn c = conns.get(client % conns.size());
            if (c.dead) return;
            long id = (++sequence[client] << 16) | client;
            sentAt[client] = now;
            waiting[client] = true;
            outstanding++;
            c.queue(id);
        }

        void read(Conn c, long t) {
            try {
                int n = c.channel.read(c.in);
                if (n < 0) throw new IOException("the node closed the connection");
                c.in.flip();
                while (true) {
                    int length = ClientProtocol.frameLength(c.in);
                    if (length < 0 || c.in.remaining() < 4 + length) {
                        if (length > 0 && c.in.capacity() < 4 + length) {
                            ByteBuffer bigger = ByteBuffer.allocate(4 + length);
                            bigger.put(c.in);
                            bigger.flip();
                            c.in = bigger;
                        }
                        break;
                    }
                    int frameEnd = c.in.position() + 4 + length;
                    ByteBuffer frame = c.in.duplicate();
                    frame.position(c.in.position() + 4).limit(frameEnd);
                    c.in.position(frameEnd);
                    int type = frame.get();
                    if (type == ClientProtocol.REFUSED) throw new IOException("the node refused: " + ClientProtocol.readString(frame));
                    if (type != ClientProtocol.RESULT) throw new ProtocolException("unexpected frame type " + type + ".");
                    onResult(ClientProtocol.readResult(frame), t);
                }
                c.in.compact();
            } catch (IOException e) {
                lose(c, e.getMessage());
            }
        }

        void onResult(ClientProtocol.Result r, long t) {
            int client = (int) (r.requestId() & 0xFFFF);
            if (client >= clients || !waiting[client] || (r.requestId() >>> 16) != sequence[client]) return;
            waiting[client] = false;
            outstanding--;
            answers++;
            if (r.ok()) {
                acknowledged++;
                if (t - measureStart >= 0 && t - end < 0) {
                    measuredOps++;
                    latencies.add(t - sentAt[client]);
                }
            } else {
                errors++;
                if (r.status() == ClientProtocol.Status.OUTCOME_UNKNOWN || r.status() == ClientProtocol.Status.APPLY_FAILED) {
                    indeterminate++;
                }
                note(r.status() + ": " + r.error());
                if (r.status() == ClientProtocol.Status.NOT_LEADER && leaderMovedTo == null) {
                    leaderMovedTo = r.leader() == null ? "unknown" : r.leader();
                    stoppedAt = t;
                    if (!stopping) {
                        stopping = true;
                        end = Math.min(end, t);
                    }
                }
            }
            if (!stopping) send(client, System.nanoTime());
        }

        void flushAll() {
            for (Conn c : conns) {
                if (!c.dead && c.out.position() > 0) flush(c);
            }
        }

        void flush(Conn c) {
            try {
                c.out.flip();
                while (c.out.hasRemaining() && c.channel.write(c.out) > 0) {
                    // Keep writing while the socket takes bytes.
                }
                boolean pending = c.out.hasRemaining();
                c.out.compact();
                c.channel.keyFor(selector).interestOps(pending ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            } catch (IOException e) {
                lose(c, e.getMessage());
            }
        }

        /** A broken connection: its clients stop, and what they had out is of unknown outcome. */
        void lose(Conn c, String why) {
            if (c.dead) return;
            c.dead = true;
            c.close();
            for (int client = c.index; client < clients; client += conns.size()) {
                if (waiting[client]) {
                    waiting[client] = false;
                    outstanding--;
                    errors++;
                    indeterminate++;
                }
            }
            note("lost a connection: " + why);
        }

        void note(String error) {
            if (firstError == null) firstError = error;
        }
    }
}
