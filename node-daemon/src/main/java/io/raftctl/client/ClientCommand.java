package io.raftctl.client;

import io.raftctl.client.ClientProtocol.Status;
import io.raftctl.raft.ClientResult;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Consumer;

/**
 * One command received on the client port, waiting for the engine's answer. The engine completes it on its own
 * thread and the client port's I/O thread writes the answer: the hand-off is a list swap per engine batch, not a
 * queue operation per command.
 */
public final class ClientCommand implements Consumer<ClientResult> {

    private static final AtomicIntegerFieldUpdater<ClientCommand> ANSWERED =
            AtomicIntegerFieldUpdater.newUpdater(ClientCommand.class, "answered");

    final ClientSession owner;
    final long requestId;
    private final String text;
    /** When the client port stops waiting for the engine and answers OUTCOME_UNKNOWN itself (System.nanoTime). */
    long deadline;
    /** 1 once answered: by the engine, a refusal, or the client port's timeout, whichever comes first. */
    private volatile int answered;
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

    /**
     * The client port's own timeout: claims the answer unless the engine gave it already; on the client port's I/O
     * thread, which then sends it.
     */
    boolean expire(String why) {
        if (!ANSWERED.compareAndSet(this, 0, 1)) return false;
        status = Status.OUTCOME_UNKNOWN;
        index = 0;
        value = null;
        error = why;
        leader = null;
        return true;
    }

    boolean answered() {
        return answered != 0;
    }

    private void complete(Status s, long idx, String v, String err, String leaderHint) {
        if (!ANSWERED.compareAndSet(this, 0, 1)) return; // the client port's timeout answered first
        status = s;
        index = idx;
        value = v;
        error = err;
        leader = leaderHint;
        owner.server().completed(this);
    }
}
