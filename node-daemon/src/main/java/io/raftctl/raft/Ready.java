package io.raftctl.raft;

import java.util.List;

/**
 * What the engine asks its driver to do, handed out by {@link RaftNode#ready()}. The driver must, in
 * this order:
 * <ol>
 *   <li>optionally, hand {@link #sendableBeforePersist()} to the transport: a leader's AppendEntries do not
 *       depend on its own copy being durable (it counts itself towards a commit only once it is), so its
 *       disk write and the replication can overlap;</li>
 *   <li>make {@link #hardState()} (if not null) and the log durable: the log must become its first
 *       {@code persistFrom - 1} entries followed by {@link #entries()} (dropping anything else from
 *       {@code persistFrom} on);</li>
 *   <li>only then hand the rest of {@link #messages()} to the transport: a vote or an acknowledgement must
 *       never leave before what it promises is on disk;</li>
 *   <li>deliver {@link #results()} to the waiting clients;</li>
 *   <li>call {@link RaftNode#advance(Ready)}.</li>
 * </ol>
 */
public record Ready(HardState hardState, long persistFrom, List<Entry> entries, List<Message> messages,
                    List<ClientResult> results) {

    public Ready {
        entries = List.copyOf(entries);
        messages = List.copyOf(messages);
        results = List.copyOf(results);
    }

    /** True if the driver must write something durable before sending. */
    public boolean mustPersist() {
        return hardState != null || !entries.isEmpty();
    }

    /** Messages that may leave before the persist step: a leader's AppendEntries. */
    public List<Message> sendableBeforePersist() {
        return messages.stream().filter(m -> m instanceof Message.AppendEntries).toList();
    }

    /** Messages that must wait for the persist step (all of them when nothing was sent early). */
    public List<Message> sendableAfterPersist() {
        return messages.stream().filter(m -> !(m instanceof Message.AppendEntries)).toList();
    }

    Entry lastEntry() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }
}
