package io.raftctl.cli.bench;

import io.raftctl.cli.cluster.ClusterNode;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds the leader for the load driver when the node it sends to stops leading, and connects to it, on a thread
 * of its own so that the driver's selector keeps serving the answers still on their way. A hinted node is tried
 * first; otherwise (or if that fails) the cluster is asked who leads, with a pause that doubles up to
 * {@link #MAX_BACKOFF_NANOS} between attempts. A search that follows another one with no acknowledgement in
 * between starts with that pause too, so that clients bounced between nodes that each deny leading never spin.
 */
final class LeaderSeeker implements AutoCloseable {

    static final long FIRST_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** Who leads, as the cluster says; null when no node claims it (or none can be followed). */
    interface Locator {
        ClusterNode leader();
    }

    /** Greeted connections to a node's client port. */
    interface Connector {
        List<SocketChannel> connect(ClusterNode node) throws IOException;
    }

    /** Waits between attempts; a parameter so that tests can record the pauses instead of taking them. */
    interface Pause {
        void pause(long nanos) throws InterruptedException;
    }

    /** The leader found and the connections opened to it. */
    record Found(ClusterNode node, List<SocketChannel> channels) {
    }

    private final Locator locator;
    private final Connector connector;
    private final Pause pause;
    private final Runnable wake;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "raftctl-bench-leader-seeker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<ClusterNode> hint = new AtomicReference<>();
    private final AtomicReference<Found> found = new AtomicReference<>();
    private volatile boolean progressed = true;
    private volatile boolean closed;
    private volatile String lastProblem;
    private long backoff = FIRST_BACKOFF_NANOS; // touched by the seeker thread only
    private boolean searchedBefore;             // likewise

    /** {@code wake} is called (from the seeker's thread) once a leader is found. */
    LeaderSeeker(Locator locator, Connector connector, Pause pause, Runnable wake) {
        this.locator = locator;
        this.connector = connector;
        this.pause = pause;
        this.wake = wake;
    }

    static void sleep(long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(nanos);
    }

    /**
     * Starts a search, trying {@code hinted} (may be null) first. Call only when no search is under way, i.e. after
     * the previous one's result was taken.
     */
    void seek(ClusterNode hinted) {
        if (closed || !busy.compareAndSet(false, true)) return;
        hint.set(hinted);
        thread.execute(this::search);
    }

    /** A hint that arrived while a search is under way: tried next. */
    void hint(ClusterNode hinted) {
        if (hinted != null && busy.get()) hint.set(hinted);
    }

    /** The result of the last search, once; null while none is ready. */
    Found take() {
        return found.getAndSet(null);
    }

    /** The driver got an acknowledgement: the next search may start at once. */
    void progressed() {
        progressed = true;
    }

    /** Why the last attempt to reach a leader failed, if it did. */
    String lastProblem() {
        return lastProblem;
    }

    private void search() {
        try {
            if (progressed) {
                backoff = FIRST_BACKOFF_NANOS;
            } else if (searchedBefore) {
                pauseAndGrow();
            }
            progressed = false;
            searchedBefore = true;
            while (!closed) {
                ClusterNode target = hint.getAndSet(null);
                if (target == null) target = locate();
                if (target != null) {
                    List<SocketChannel> channels = connect(target);
                    if (channels != null) {
                        publish(new Found(target, channels));
                        return;
                    }
                }
                pauseAndGrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        }
        busy.set(false);
    }

    private ClusterNode locate() {
        try {
            ClusterNode leader = locator.leader();
            if (leader == null) lastProblem = "no leader";
            return leader;
        } catch (RuntimeException e) {
            lastProblem = e.getMessage();
            return null;
        }
    }

    private List<SocketChannel> connect(ClusterNode target) {
        try {
            return connector.connect(target);
        } catch (IOException | RuntimeException e) {
            lastProblem = "cannot connect to " + target.id() + ": " + e.getMessage();
            return null;
        }
    }

    private synchronized void publish(Found f) {
        // Under the lock that close() takes: once closed, the driver's selector may be gone and must not be woken.
        if (closed) {
            GreetedChannels.closeAll(f.channels());
            return;
        }
        // Not busy before the result shows: the driver may ask for the next search as soon as it takes this one.
        busy.set(false);
        found.set(f);
        wake.run();
    }

    private void pauseAndGrow() throws InterruptedException {
        pause.pause(backoff);
        backoff = Math.min(MAX_BACKOFF_NANOS, backoff * 2);
    }

    /** Stops searching and closes connections nobody took. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        thread.shutdownNow(); // a status call under way finishes on its own; its result is then dropped
        Found orphan = found.getAndSet(null);
        if (orphan != null) GreetedChannels.closeAll(orphan.channels());
    }
}
