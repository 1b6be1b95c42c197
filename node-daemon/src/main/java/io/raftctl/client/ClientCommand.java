package io.raftctl.client;

import io.raftctl.client.ClientProtocol.Status;
import io.raftctl.raft.ClientResult;

import java.util.function.Consumer;

/**
 * One command received on the client port, waiting for the engine's answer. The engine completes it on its own
 * thread and the client port's I/O thread writes the answer: the hand-off is a list swap per engine batch, not a
 * queue operation per command.
 */
public final class ClientCommand implements Consumer<ClientResult> {

    final ClientSession owner;
    final long requestId;
    private final String text;
    // Set on completion.
    Status status;
    long index;
    String value;
    String error;
    String leader;

    ClientCommand(ClientSession owner, long requestId, String text) {
        this.owner = owner;
        this.requestId = requestId;
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The connection this command came on (what {@link CommandSink#abandon} names). */
    public Object owner() {
        return owner;
    }

    /** The engine's answer. */
    @Override
    public void accept(ClientResult r) {
        complete(statusOf(r.status()), r.index(), r.value(), r.error(), r.leaderHint());
    }

    static Status statusOf(ClientResult.Status s) {
        return switch (s) {
            case OK -> Status.OK;
            case NOT_LEADER -> Status.NOT_LEADER;
            case INVALID -> Status.INVALID;
            case REFUSED -> Status.REFUSED;
            case APPLY_FAILED -> Status.APPLY_FAILED;
            case OUTCOME_UNKNOWN -> Status.OUTCOME_UNKNOWN;
        };
    }

    /** An answer without a result from the engine (the node is crashed, say). */
    public void fail(Status s, String why) {
        complete(s, 0, null, why, null);
    }

    private void complete(Status s, long idx, String v, String err, String leaderHint) {
        status = s;
        index = idx;
        value = v;
        error = err;
        leader = leaderHint;
        owner.server().completed(this);
    }
}
