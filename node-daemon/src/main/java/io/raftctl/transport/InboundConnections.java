package io.raftctl.transport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live inbound connections of a node. It caps their number, so that a flood of stray clients cannot
 * exhaust threads. A peer may briefly have two connections (a reconnect racing the old one's end); an
 * impostor's hello must never close the real peer's connection, so none replaces another.
 */
final class InboundConnections {

    private final int max;
    private final Set<InboundConnection> all = new HashSet<>();
    private final Map<InboundConnection, String> greeted = new HashMap<>();
    private boolean closed;

    InboundConnections(int max) {
        this.max = max;
    }

    /** False if closed or full; the caller then drops the connection. */
    synchronized boolean add(InboundConnection c) {
        if (closed || all.size() >= max) return false;
        all.add(c);
        return true;
    }

    synchronized void greeted(String peer, InboundConnection c) {
        if (all.contains(c)) greeted.put(c, peer);
    }

    synchronized void remove(InboundConnection c) {
        all.remove(c);
        greeted.remove(c);
    }

    /** The peers with a greeted connection, in the order of {@code members}. */
    synchronized List<String> peers(List<String> members) {
        return members.stream().filter(greeted::containsValue).toList();
    }

    /** Closes every connection and waits for their readers; later {@link #add} calls fail. */
    void closeAll() {
        List<InboundConnection> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(all);
        }
        for (InboundConnection c : open) c.close();
    }
}
