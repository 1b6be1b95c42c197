package io.raftctl.transport;

import java.util.concurrent.atomic.LongAdder;

/** The counters behind {@link TransportStats}, updated by the transport's many threads. */
final class TransportCounters {

    final LongAdder framesSent = new LongAdder();
    final LongAdder framesReceived = new LongAdder();
    final LongAdder droppedPartitionOut = new LongAdder();
    final LongAdder droppedPartitionIn = new LongAdder();
    final LongAdder droppedQueueFull = new LongAdder();
    final LongAdder droppedPeerDown = new LongAdder();
    final LongAdder droppedUnencodable = new LongAdder();
    final LongAdder garbageConnections = new LongAdder();
    final LongAdder reconnects = new LongAdder();
}
