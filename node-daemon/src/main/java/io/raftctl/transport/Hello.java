package io.raftctl.transport;

import java.util.Arrays;

/**
 * The first frame on every peer connection: it says which cluster and node the connection comes from,
 * so that a stray client or a node of another cluster is turned away before it can inject messages.
 * Payload: the magic bytes {@code RFTP}, a 2-byte format version, the cluster name and the sender's id
 * as length-prefixed UTF-8 strings.
 */
record Hello(String clusterName, String nodeId) {

    static final byte[] MAGIC = {'R', 'F', 'T', 'P'};
    /** The version of both the hello and the {@link MessageCodec} format; bump it on any change. */
    static final int FORMAT_VERSION = 1;
    /** A hello is small; a larger first frame is garbage, rejected before reading it. */
    static final int MAX_BYTES = 1024;

    byte[] encode() {
        return new PayloadWriter(32).writeBytes(MAGIC).writeShort(FORMAT_VERSION)
                .writeString(clusterName).writeString(nodeId).toByteArray();
    }

    static Hello decode(byte[] payload) throws MalformedFrameException {
        PayloadReader in = new PayloadReader(payload);
        if (in.remaining() < MAGIC.length || !Arrays.equals(in.readBytes(MAGIC.length), MAGIC)) {
            throw new MalformedFrameException("first frame is not a raft peer hello.");
        }
        int version = in.readShort();
        if (version != FORMAT_VERSION) {
            throw new MalformedFrameException("peer speaks transport format version " + version
                    + " but this node speaks version " + FORMAT_VERSION + ".");
        }
        Hello hello = new Hello(in.readString(), in.readString());
        in.expectEnd();
        return hello;
    }
}
