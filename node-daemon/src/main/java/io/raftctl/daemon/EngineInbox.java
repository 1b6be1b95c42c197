package io.raftctl.daemon;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Work for the engine thread from any other thread. Producers append to a list under a short lock and wake the
 * engine only when it is waiting; the engine takes everything at once by swapping lists. Unlike a blocking
 * queue, a busy engine costs producers no signal, and there is no node allocated per item.
 */
final class EngineInbox {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private ArrayList<Runnable> items = new ArrayList<>();
    private boolean engineWaiting;

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
