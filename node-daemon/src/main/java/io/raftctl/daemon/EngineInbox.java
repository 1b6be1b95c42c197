package io.raftctl.daemon;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Work for the engine thread from any other thread. Producers append to a list under a short lock and wake the
 * engine only when it is waiting; the engine takes everything at once by swapping lists. Unlike a blocking
 * queue, a busy engine costs producers no signal, and there is no node allocated per item.
 *
 * <p>Bounded where peers and clients push ({@link #offer}): a peer message finding {@link #MAX_PEER_BACKLOG} items
 * waiting is dropped (Raft tolerates lost messages), admin and client work finding {@link #MAX_BACKLOG} is refused as
 * busy. The larger bound for work keeps room for an operator's actions while peers flood the node.
 */
final class EngineInbox {

    /** Items waiting beyond which a peer message is dropped. */
    static final int MAX_PEER_BACKLOG = 10_000;
    /** Items waiting beyond which admin actions and client commands are refused. */
    static final int MAX_BACKLOG = 20_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private ArrayList<Runnable> items = new ArrayList<>();
    private boolean engineWaiting;

    /** Adds {@code r} unless {@code bound} items are waiting already; false if it was not added. */
    boolean offer(Runnable r, int bound) {
        lock.lock();
        try {
            if (items.size() >= bound) return false;
            items.add(r);
            if (engineWaiting) notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Adds {@code r} whatever waits: for the engine loop's own small bookkeeping, never for what others push. */
    void add(Runnable r) {
        lock.lock();
        try {
            items.add(r);
            if (engineWaiting) notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code timeoutMs} for work, then swaps it out: returns the list holding it (possibly empty) and
     * keeps {@code spare}, which must be empty, for the next items.
     */
    ArrayList<Runnable> take(ArrayList<Runnable> spare, long timeoutMs) throws InterruptedException {
        lock.lock();
        try {
            if (items.isEmpty()) {
                engineWaiting = true;
                try {
                    long left = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
                    while (items.isEmpty() && left > 0) left = notEmpty.awaitNanos(left);
                } finally {
                    engineWaiting = false;
                }
            }
            ArrayList<Runnable> full = items;
            items = spare;
            return full;
        } finally {
            lock.unlock();
        }
    }

    /** For tests and status: items waiting now. */
    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }
}
