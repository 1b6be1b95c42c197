package io.raftctl.transport;

import java.io.IOException;

/** A well-formed connection that is not a peer of this node: another cluster, an unknown node, a misrouted message. */
final class PeerRejectedException extends IOException {

    PeerRejectedException(String message) {
        super(message);
    }
}
