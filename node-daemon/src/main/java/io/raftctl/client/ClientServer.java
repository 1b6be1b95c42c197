package io.raftctl.client;

import io.raftctl.util.Log;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A node's client port ({@link ClientProtocol}): one I/O thread with a selector serves every connection. Commands
 * that arrive in one round go to the engine as one batch; the engine's answers come back as one list per engine
 * batch and leave in as few writes as the sockets allow. Clients may pipeline any number of commands.
 */
public final class ClientServer implements AutoCloseable {

    static final int MAX_CONNECTIONS = 512;
    static final long HELLO_TIMEOUT_MS = 5_000;
    /** Commands in flight on all connections beyond which the port stops reading commands (back-pressure). */
    public static final int DEFAULT_MAX_IN_FLIGHT = 50_000;
    /** How long a command may wait for the engine before the port answers OUTCOME_UNKNOWN itself. */
    public static final long DEFAULT_COMMAND_TIMEOUT_MS = 30_000;
    private static final long SELECT_TIMEOUT_MS = 500;
    private static final Log LOG = Log.get("client");

    private final String nodeId;
    private final byte[] token;
    private final CommandSink sink;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread ioThread;
    private final Set<ClientSession> sessions = new LinkedHashSet<>();
    private final Set<ClientSession> dirty = new LinkedHashSet<>();
    // Answers completed by the engine, waiting for the I/O thread; swapped, not drained one by one.
    private ArrayList<ClientCommand> staged = new ArrayList<>();
    private ArrayList<ClientCommand> taken = new ArrayList<>();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private volatile boolean closed;
    private final int maxInFlight;
    private final long commandTimeoutNanos;
    // I/O thread only: commands handed to the engine, oldest first (their deadlines too), and the count in flight.
    private final ArrayDeque<ClientCommand> submitted = new ArrayDeque<>();
    private int inFlight;
    private volatile boolean readingPaused; // volatile: tests read it from their own thread
    private long lastPauseLog = System.nanoTime() - 20_000_000_000L;

    public ClientServer(InetSocketAddress address, String nodeId, String token, CommandSink sink) throws IOException {
        this(address, nodeId, token, sink, DEFAULT_MAX_IN_FLIGHT, DEFAULT_COMMAND_TIMEOUT_MS);
    }

    /**
     * @param maxInFlight      commands waiting for answers on all connections beyond which the port stops reading
     *                         commands, until half of them are answered
     * @param commandTimeoutMs how long a command may wait for the engine before the port answers it
     *                         {@code OUTCOME_UNKNOWN}
     */
    public ClientServer(InetSocketAddress address, String nodeId, String token, CommandSink sink, int maxInFlight,
                        long commandTimeoutMs) throws IOException {
        this.maxInFlight = maxInFlight;
        this.commandTimeoutNanos = commandTimeoutMs * 1_000_000;
        this.nodeId = nodeId;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.sink = sink;
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(address, 256);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (BindException e) {
            closeQuietly();
            throw new IOException("node " + nodeId + " cannot listen for clients on " + address + " (" + e.getMessage()
                    + "); is another process using the port?", e);
        } catch (IOException e) {
            closeQuietly();
            throw e;
        }
        this.ioThread = new Thread(this::run, "client-io-" + nodeId);
        ioThread.setDaemon(true);
    }

    public void start() {
        ioThread.start();
        LOG.info("node {} listens for clients on {}", nodeId, address());
    }

    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** Called by the engine after a batch: sends the answers it completed since the last call. */
    public void publish() {
        boolean any;
        synchronized (this) {
            any = !staged.isEmpty();
        }
        if (any && wakeupPending.compareAndSet(false, true)) selector.wakeup();
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        try {
            ioThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }

    // ---------------------------------------------------------------- for sessions

    String nodeId() {
        return nodeId;
    }

    byte[] token() {
        return token;
    }

    Log log() {
        return LOG;
    }

    void completed(ClientCommand c) {
        if (Thread.currentThread() == ioThread) {
            c.owner.answer(c);
            markDirty(c.owner);
            return;
        }
        synchronized (this) {
            staged.add(c);
        }
    }

    void markDirty(ClientSession s) {
        dirty.add(s);
    }

    /** {@code s} closed with commands in flight: the engine need not answer them, and they count no more. */
    void abandon(ClientSession s) {
        sink.abandon(s);
        for (ClientCommand c : submitted) {
            if (c.owner == s && c.expire("the connection closed; outcome unknown")) s.answer(c);
        }
    }

    void commandArrived() {
        inFlight++;
    }

    void commandAnswered() {
        inFlight--;
    }

    boolean readingPaused() {
        return readingPaused;
    }

    /** For tests: commands waiting for an answer. */
    int inFlight() {
        return inFlight;
    }

    // ---------------------------------------------------------------- the I/O thread

    private void run() {
        List<ClientCommand> batch = new ArrayList<>();
        long nextHelloCheck = System.nanoTime();
        try {
            while (!closed) {
                selector.select(SELECT_TIMEOUT_MS);
                wakeupPending.set(false);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) continue;
                    if (key.isAcceptable()) {
                        accept();
                        continue;
                    }
                    ClientSession s = (ClientSession) key.attachment();
                    try {
                        if (key.isReadable()) s.onReadable(batch);
                        if (!s.closed() && key.isValid() && key.isWritable()) dirty.add(s);
                    } catch (IOException e) {
                        s.close();
                    }
                    if (s.closed()) sessions.remove(s);
                }
                if (!batch.isEmpty()) {
                    long deadline = System.nanoTime() + commandTimeoutNanos;
                    for (ClientCommand c : batch) {
                        c.deadline = deadline;
                        submitted.add(c);
                    }
                    sink.submitAll(batch);
                    batch = new ArrayList<>();
                }
                takeAnswers();
                expireOverdue();
                flushDirty();
                applyBackPressure();
                long now = System.nanoTime();
                if (now - nextHelloCheck > 0) {
                    nextHelloCheck = now + 1_000_000_000L;
                    refuseSilent(now);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closed) LOG.error("the client port of {} stopped: {}", nodeId, e.toString());
        } finally {
            for (ClientSession s : new ArrayList<>(sessions)) s.close();
            sessions.clear();
        }
    }

    private void accept() throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
            ClientSession s = new ClientSession(this, ch, key, System.nanoTime() + HELLO_TIMEOUT_MS * 1_000_000);
            key.attach(s);
            sessions.add(s);
            if (sessions.size() > MAX_CONNECTIONS) s.refuse("too many client connections (limit " + MAX_CONNECTIONS + ").");
        }
    }

    private void takeAnswers() {
        synchronized (this) {
            ArrayList<ClientCommand> t = staged;
            staged = taken;
            taken = t;
        }
        for (ClientCommand c : taken) {
            c.owner.answer(c);
            if (!c.owner.closed()) dirty.add(c.owner);
        }
        taken.clear();
    }

    /** Answers OUTCOME_UNKNOWN to every command the engine did not answer within the timeout. */
    private void expireOverdue() {
        long now = System.nanoTime();
        while (!submitted.isEmpty()) {
            ClientCommand c = submitted.peekFirst();
            if (!c.answered() && now - c.deadline < 0) return;
            submitted.pollFirst();
            if (c.expire("no result within " + commandTimeoutNanos / 1_000_000 + " ms; outcome unknown")) {
                c.owner.answer(c);
                if (!c.owner.closed()) dirty.add(c.owner);
            }
        }
    }

    /** Stops reading commands at {@code maxInFlight}, and reads again once half of them are answered. */
    private void applyBackPressure() {
        boolean pause = readingPaused ? inFlight > maxInFlight / 2 : inFlight >= maxInFlight;
        if (pause == readingPaused) return;
        readingPaused = pause;
        long now = System.nanoTime();
        if (pause && now - lastPauseLog > 10_000_000_000L) {
            lastPauseLog = now;
            LOG.warn("node {}: {} client commands in flight; reading no more until half are answered", nodeId, inFlight);
        }
        for (ClientSession s : sessions) s.updateInterest();
    }

    private void flushDirty() {
        for (ClientSession s : dirty) {
            try {
                s.flush();
            } catch (IOException e) {
                s.close();
            }
            if (s.closed()) sessions.remove(s);
        }
        dirty.clear();
    }

    private void refuseSilent(long now) {
        for (ClientSession s : sessions) {
            if (s.helloOverdue(now)) s.refuse("no hello within " + HELLO_TIMEOUT_MS / 1000 + "s.");
        }
        flushDirty();
    }

    private void closeQuietly() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Shutting down.
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // Shutting down.
        }
    }
}
