package io.raftctl.transport;

import java.util.List;

/**
 * A snapshot of a node's peer transport counters, all since start.
 *
 * @param framesSent           message frames written and flushed to a peer's socket
 * @param framesReceived       message frames handed to the node
 * @param droppedPartitionOut  outgoing messages dropped because a partition cut the destination off
 * @param droppedPartitionIn   incoming messages dropped because a partition cut the sender off
 * @param droppedQueueFull     outgoing messages dropped because the peer's queue was full (slow or stuck peer)
 * @param droppedPeerDown      outgoing messages lost because the peer could not be reached or the connection broke
 * @param droppedUnencodable   outgoing messages that could not be encoded (larger than a frame)
 * @param droppedHoldOverflow  outgoing messages dropped because the held queue was full
 * @param garbageConnections   inbound connections closed for a bad hello, a malformed frame or a foreign message
 * @param reconnects           outbound connections established after a failed attempt or a lost connection
 * @param connectedPeers       peers this node has an outbound connection to, in member order
 * @param inboundPeers         peers with a greeted inbound connection to this node, in member order
 */
public record TransportStats(long framesSent, long framesReceived, long droppedPartitionOut, long droppedPartitionIn,
                             long droppedQueueFull, long droppedPeerDown, long droppedUnencodable,
                             long droppedHoldOverflow, long garbageConnections, long reconnects,
                             List<String> connectedPeers, List<String> inboundPeers) {

    public TransportStats {
        connectedPeers = List.copyOf(connectedPeers);
        inboundPeers = List.copyOf(inboundPeers);
    }
}
