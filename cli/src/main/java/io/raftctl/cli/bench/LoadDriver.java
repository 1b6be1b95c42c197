package io.raftctl.cli.bench;

import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.client.ClientProtocol;
import io.raftctl.client.ProtocolException;

import java.io.IOException;
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
 * Closed-loop clients against the leader's client port: each client has one command out at a time and sends the
 * next as soon as the answer arrives. Clients share {@code connections} connections round-robin (one each when
 * equal), driven by one selector thread, so the load generator costs little CPU next to the cluster.
 *
 * <p>Like a real client, the clients follow the leader: when the node they send to says it does not lead (or
 * may have stopped: an unknown outcome, a lost connection, no answer within {@link #COMMAND_TIMEOUT}), they
 * wait, without sending, while a {@link LeaderSeeker} finds the leader (a hint first, then the cluster's
 * status) and connects to it, then carry on there. Answers still on their way from the old leader are awaited
 * on its connections. With {@code strict}, the level ends at the first sign of another leader instead.
 *
 * <p>A latency is an operation's as its client sees it: from when the client first sent it to the
 * acknowledgement, across any commands that failed on the way and the wait for a leader, so that a leader
 * change shows in the tail (p99.9, max).
 */
final class LoadDriver {

    /** After the window closes, answers still out are awaited this long, then counted as of unknown outcome. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    /** A command without an answer for this long is given up (outcome unknown), and the leader is looked for. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);
    private static final long TIMEOUT_SCAN_NANOS = 100_000_000L;
    private static final int MAX_CLIENTS = 1 << 16; // a client's index travels in the low 16 bits of a request id
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    /**
     * What a level produced.
     *
     * @param leaderChanges times the clients moved to another node that leads
     * @param leaderMovedTo the first node they moved to (with {@code strict}: the node named when the level ended)
     * @param leader        the node the clients sent to at the end, where the next level starts
     */
    record Outcome(long measuredOps, double windowS, Latencies latencies, long acknowledged, long failed,
                   long unknown, String firstError, int leaderChanges, String leaderMovedTo,
                   long longestStallNanos, ClusterNode leader) {
    }

    private final ClientPorts ports;
    private final ClusterNode start;
    private final byte[] command;
    private final int clients;
    private final int connectionCount;
    private final boolean strict;

    LoadDriver(ClientPorts ports, ClusterNode start, String command, int clients, int connections, boolean strict) {
        if (clients < 1 || clients > MAX_CLIENTS) throw new IllegalArgumentException("clients must be 1.." + MAX_CLIENTS);
        this.ports = ports;
        this.start = start;
        this.command = ClientProtocol.utf8(command);
        this.clients = clients;
        this.connectionCount = Math.max(1, Math.min(connections, clients));
        this.strict = strict;
    }

    /**
     * Runs the clients for {@code warmup} then measures for {@code duration}; {@code progress} gets the number of
     * answers so far about once a second.
     */
    Outcome run(Duration warmup, Duration duration, LongConsumer progress) throws IOException {
        List<SocketChannel> first;
        try {
            first = ports.connect(start, connectionCount);
        } catch (IOException e) {
            first = null; // the clients start by looking for the leader
        }
        try (Selector selector = Selector.open()) {
            Run run = new Run(selector);
            try (LeaderSeeker seeker = new LeaderSeeker(ports, node -> ports.connect(node, connectionCount),
                    LeaderSeeker::sleep, selector::wakeup)) {
                return run.go(seeker, first, warmup.toNanos(), duration.toNanos(), progress);
            } finally {
                run.closeAll();
            }
        } finally {
            if (first != null) GreetedChannels.closeAll(first); // closed already unless the run did not start
        }
    }

    /** One connection: its socket, buffers, and how many clients wait for an answer on it. */
    private final class Conn {
        final SocketChannel channel;
        final String node;
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        ByteBuffer out = ByteBuffer.allocate(64 * 1024);
        int waiting;
        boolean retiring; // to a node the clients left: no new commands, closed once its answers are in
        boolean dead;

        Conn(SocketChannel channel, String node) {
            this.channel = channel;
            this.node = node;
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
            dead = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // Done with it.
            }
        }
    }

    /** The state of one level's run. */
    private final class Run {
        final Selector selector;
        final long[] sentAt = new long[clients];
        final long[] opStart = new long[clients];
        final long[] sequence = new long[clients];
        final boolean[] waiting = new boolean[clients];
        final Conn[] sentOn = new Conn[clients];
        final int[] parked = new int[clients];
        final boolean[] isParked = new boolean[clients];
        int parkedCount;
        final List<Conn> all = new ArrayList<>();
        boolean someDied;
        List<Conn> current = List.of();
        ClusterNode target = start;
        boolean following;
        boolean ackSinceFollow;
        LeaderSeeker seeker;
        LevelTally tally;
        boolean stopping;
        long drainDeadline;
        int outstanding;
        long answers;
        int leaderChanges;
        String leaderMovedTo;

        Run(Selector selector) {
            this.selector = selector;
        }

        Outcome go(LeaderSeeker seeker, List<SocketChannel> first, long warmupNanos, long durationNanos,
                   LongConsumer progress) throws IOException {
            this.seeker = seeker;
            long t0 = System.nanoTime();
            long measureStart = t0 + warmupNanos;
            long end = measureStart + durationNanos;
            tally = new LevelTally(measureStart, end);
            for (int c = 0; c < clients; c++) {
                opStart[c] = t0;
                park(c);
            }
            if (first != null) {
                current = adopt(start, first);
                following = true;
                dispatchParked(t0);
            } else {
                seeker.seek(null); // the clients wait, parked, for the leader
            }
            flushAll();
            long nextProgress = t0 + PROGRESS_NANOS;
            long nextScan = t0 + TIMEOUT_SCAN_NANOS;
            while (true) {
                long now = System.nanoTime();
                if (!stopping && now - end >= 0) stop(now, false);
                if (stopping && (outstanding == 0 || now - drainDeadline >= 0)) break;
                long wake = Math.min(Math.min(nextProgress - now, nextScan - now), (stopping ? drainDeadline : end) - now);
                selector.select(Math.max(1, wake / 1_000_000));
                long t = System.nanoTime();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Conn c = (Conn) key.attachment();
                    if (key.isValid() && key.isReadable()) read(c, t);
                    if (key.isValid() && key.isWritable()) flush(c);
                }
                LeaderSeeker.Found found = seeker.take();
                if (found != null) follow(found, t);
                if (t - nextScan >= 0) {
                    expire(t);
                    nextScan = t + TIMEOUT_SCAN_NANOS;
                }
                flushAll();
                if (someDied) {
                    all.removeIf(c -> c.dead);
                    someDied = false;
                }
                if (t - nextProgress >= 0) {
                    nextProgress = t + PROGRESS_NANOS;
                    progress.accept(answers);
                }
            }
            if (outstanding > 0) {
                // No answer: they may or may not have been applied.
                tally.unknown(outstanding, "no answer to " + outstanding + " command(s) within "
                        + DRAIN_TIMEOUT.toSeconds() + "s of the end");
            }
            return new Outcome(tally.measuredOps(), tally.windowSeconds(), tally.latencies(), tally.acknowledged(),
                    tally.failed(), tally.unknown(), tally.firstError(), leaderChanges, leaderMovedTo,
                    tally.longestStallNanos(), target);
        }

        /** No new commands from now on; with {@code early}, the measured window closes here too. */
        void stop(long t, boolean early) {
            stopping = true;
            drainDeadline = t + DRAIN_TIMEOUT.toNanos();
            if (early) tally.closeWindowAt(t);
        }

        void send(int client, long now) {
            if (stopping) return;
            if (!following) {
                park(client); // until the leader is found: a client must not spin against a node that does not lead
                return;
            }
            Conn c = current.get(client % current.size());
            long id = (++sequence[client] << 16) | client;
            sentAt[client] = now;
            waiting[client] = true;
            sentOn[client] = c;
            c.waiting++;
            outstanding++;
            c.queue(id);
        }

        void park(int client) {
            if (isParked[client]) return;
            isParked[client] = true;
            parked[parkedCount++] = client;
        }

        void dispatchParked(long now) {
            int n = parkedCount;
            parkedCount = 0;
            for (int i = 0; i < n; i++) {
                int client = parked[i];
                isParked[client] = false;
                send(client, now);
            }
        }

        /** The node sent to may no longer lead: stop sending and look for the leader, trying {@code hint} first. */
        void suspect(ClusterNode hint) {
            if (stopping) return;
            if (hint != null && hint.id().equals(target.id())) hint = null;
            if (following) {
                following = false;
                seeker.seek(hint);
            } else {
                seeker.hint(hint);
            }
        }

        /** The seeker found the leader and connected to it. */
        void follow(LeaderSeeker.Found found, long t) throws IOException {
            if (stopping) {
                GreetedChannels.closeAll(found.channels());
                return;
            }
            ackSinceFollow = false;
            boolean moved = !found.node().id().equals(target.id());
            if (moved) {
                leaderChanges++;
                if (leaderMovedTo == null) leaderMovedTo = found.node().id();
                if (strict) {
                    GreetedChannels.closeAll(found.channels());
                    stop(t, true);
                    return;
                }
            }
            boolean intact = !moved && !current.isEmpty() && current.stream().noneMatch(c -> c.dead);
            if (intact) {
                GreetedChannels.closeAll(found.channels()); // still the leader after all: keep the connections
            } else {
                for (Conn c : current) {
                    c.retiring = true;
                    closeIfIdle(c);
                }
                current = adopt(found.node(), found.channels());
            }
            target = found.node();
            following = true;
            dispatchParked(t);
        }

        List<Conn> adopt(ClusterNode node, List<SocketChannel> channels) throws IOException {
            List<Conn> conns = new ArrayList<>();
            for (SocketChannel ch : channels) {
                Conn c = new Conn(ch, node.id());
                ch.register(selector, SelectionKey.OP_READ, c);
                conns.add(c);
                all.add(c);
            }
            return List.copyOf(conns);
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
                    onResult(c, ClientProtocol.readResult(frame), t);
                }
                c.in.compact();
            } catch (IOException e) {
                lose(c, e.getMessage(), t);
            }
        }

        void onResult(Conn c, ClientProtocol.Result r, long t) {
            int client = (int) (r.requestId() & 0xFFFF);
            if (client >= clients || !waiting[client] || (r.requestId() >>> 16) != sequence[client]) return;
            waiting[client] = false;
            outstanding--;
            c.waiting--;
            answers++;
            ClientProtocol.Status status = r.status();
            switch (CommandFate.of(status)) {
                case ACKNOWLEDGED -> {
                    tally.acknowledged(t, t - opStart[client]);
                    if (!ackSinceFollow) {
                        ackSinceFollow = true;
                        seeker.progressed();
                    }
                }
                case FAILED -> tally.failed(status + ": " + r.error());
                case UNKNOWN -> tally.unknown(status + ": " + r.error());
            }
            long now = System.nanoTime();
            if (CommandFate.leaderLost(status)) {
                // The operation is not done: the client sends it again once it knows the leader.
                if (strict && status == ClientProtocol.Status.NOT_LEADER) {
                    if (leaderMovedTo == null) leaderMovedTo = r.leader() == null ? "unknown" : r.leader();
                    stop(t, true);
                } else if (!c.retiring) {
                    suspect(ports.followable(r.leader()));
                }
            } else {
                opStart[client] = now;
            }
            closeIfIdle(c);
            send(client, now);
        }

        /** Commands out for longer than the timeout are given up: their outcome is unknown. */
        void expire(long now) {
            for (int client = 0; client < clients; client++) {
                if (!waiting[client] || now - sentAt[client] < COMMAND_TIMEOUT.toNanos()) continue;
                Conn c = sentOn[client];
                waiting[client] = false;
                outstanding--;
                c.waiting--;
                tally.unknown("no answer within " + COMMAND_TIMEOUT.toSeconds() + "s; outcome unknown");
                if (!c.retiring) suspect(null);
                closeIfIdle(c);
                send(client, now);
            }
        }

        void flushAll() {
            for (int i = 0; i < all.size(); i++) {
                Conn c = all.get(i);
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
                lose(c, e.getMessage(), System.nanoTime());
            }
        }

        /** A broken connection: what its clients had out is of unknown outcome; they carry on at the leader. */
        void lose(Conn c, String why, long now) {
            if (c.dead) return;
            c.close();
            someDied = true;
            if (!c.retiring) suspect(null);
            for (int client = 0; client < clients; client++) {
                if (waiting[client] && sentOn[client] == c) {
                    waiting[client] = false;
                    outstanding--;
                    tally.unknown("lost a connection to " + c.node + ": " + why);
                    send(client, now);
                }
            }
            c.waiting = 0;
        }

        void closeIfIdle(Conn c) {
            if (c.retiring && c.waiting == 0 && !c.dead) {
                c.close();
                someDied = true;
            }
        }

        void closeAll() {
            for (Conn c : all) c.close();
        }
    }
}
