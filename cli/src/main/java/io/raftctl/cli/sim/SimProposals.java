package io.raftctl.cli.sim;

import io.raftctl.raft.ClientResult;

/**
 * The simulator-only line {@code propose NODE TEXT}: a client write that does not wait for its answer, so that a
 * script with manual delivery ({@code net hold} everywhere) can move the write's messages one by one. The answer comes
 * when the messages it needs have been delivered; the safety checker counts it as acknowledged then.
 */
public final class SimProposals {

    /** The request, and its answer if the node gave one at once (a follower's {@code not leader}, a refusal). */
    public record Proposed(long request, ClientResult answer) {
    }

    private SimProposals() {
    }

    public static Proposed propose(SimWorld world, String node, String text) {
        long request = new SimNodeAdmin(world, world.view().node(node)).propose(text);
        return new Proposed(request, world.cluster().result(request).orElse(null));
    }
}
