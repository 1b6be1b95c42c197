package io.raftctl.raft;

import java.util.List;
import java.util.Objects;

/**
 * The one implementation of the {@link Ready} contract, used by the daemon's engine loop and by the simulator:
 * send what may go early, persist, send the rest, answer, advance. What persisting, sending and answering mean is
 * plugged in (the daemon: storage, transport, waiting clients; the simulator: storage over a simulated disk, the
 * in-flight queue, a result map), so the simulator tests the very order the daemon runs.
 *
 * <p>The engine stays free of I/O: this class only calls the small interfaces it is given.
 */
public final class ReadyDriver {

    /** Makes the Ready's term, vote and log suffix durable; returns only once they are. */
    @FunctionalInterface
    public interface Persist {
        void persist(HardState hardState, long persistFrom, List<Entry> entries) throws Exception;
    }

    /** Hands a message to the network. */
    @FunctionalInterface
    public interface Send {
        void send(Message m);
    }

    /** Delivers a client's answer. */
    @FunctionalInterface
    public interface Answer {
        void answer(ClientResult result);
    }

    /**
     * The order of the hand-off. Only {@link #RAFT} is safe; the other exists so that self-tests can prove the
     * simulator catches a driver that breaks the contract.
     */
    public enum Order {
        /** The contract: a leader's AppendEntries may go early, everything else waits for the persist step. */
        RAFT,
        /** BROKEN, for self-tests only: every message, votes and acknowledgements too, leaves before the persist. */
        SEND_BEFORE_PERSIST
    }

    private final Persist persist;
    private final Send send;
    private final Answer answer;
    private final Order order;

    public ReadyDriver(Persist persist, Send send, Answer answer) {
        this(persist, send, answer, Order.RAFT);
    }

    public ReadyDriver(Persist persist, Send send, Answer answer, Order order) {
        this.persist = Objects.requireNonNull(persist, "persist");
        this.send = Objects.requireNonNull(send, "send");
        this.answer = Objects.requireNonNull(answer, "answer");
        this.order = Objects.requireNonNull(order, "order");
    }

    public Order order() {
        return order;
    }

    /**
     * Drives {@code node}'s Readies until it has none.
     *
     * @return null, or what the persist step threw (other than a RuntimeException, which propagates): the
     *         node must then stop, for nothing of that Ready but its early AppendEntries left, nothing was
     *         answered and {@link RaftNode#advance} was not called
     */
    public Exception drive(RaftNode node) {
        while (node.hasReady()) {
            Ready r = node.ready();
            List<Message> early = order == Order.SEND_BEFORE_PERSIST ? r.messages() : r.sendableBeforePersist();
            for (Message m : early) send.send(m);
            if (r.mustPersist()) {
                try {
                    persist.persist(r.hardState(), r.persistFrom(), r.entries());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    return e;
                }
            }
            if (order == Order.RAFT) {
                for (Message m : r.sendableAfterPersist()) send.send(m);
            }
            for (ClientResult result : r.results()) answer.answer(result);
            node.advance(r);
        }
        return null;
    }
}
