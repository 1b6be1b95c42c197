package io.raftctl.client;

import java.io.IOException;

/** Bytes that break the client protocol; the message is one sentence. */
public final class ProtocolException extends IOException {

    public ProtocolException(String message) {
        super(message);
    }
}
