package io.raftctl.transport;

import java.io.IOException;

/** Bytes from the network that are not a valid frame; the connection that carried them is closed. */
public final class MalformedFrameException extends IOException {

    public MalformedFrameException(String message) {
        super(message);
    }
}
