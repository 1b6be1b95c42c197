package io.raftctl.raft;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Engines built directly (any restored log, term 1, recovering or not) and an instant network: every Ready is
 * "persisted" at once and its messages delivered, except to and from nodes that are down. Records what was sent.
 */
final class DirectCluster {

    private final List<String> members;
    final Map<String, RaftNode> nodes = new LinkedHashMap<>();
    private final Map<String, Tracer> tracers = new LinkedHashMap<>();
    final Set<String> down = new HashSet<>();
    final Map<String, Integer> sentBy = new LinkedHashMap<>();
    final List<String> granted = new ArrayList<>();
    final List<Message> sent = new ArrayList<>();
    final Map<Long, ClientResult> results = new LinkedHashMap<>();

    DirectCluster(List<String> members) {
        this.members = List.copyOf(members);
    }

    static StateMachine counter() {
        return new StateMachine() {
            public String validate(String command) {
                return null;
            }

            public ApplyResult apply(long index, String command) {
                return ApplyResult.ok("ok");
            }
        };
    }

    void add(String id, RaftSettings settings, List<Entry> log, String recovering) {
        Tracer tracer = new Tracer(id);
        RaftNode n = new RaftNode(id, members, settings, new HardState(1, null), log, counter(),
                new SplittableRandom(id.hashCode()), tracer, 0, recovering);
        tracers.put(id, tracer);
        nodes.put(id, n);
    }

    RaftNode node(String id) {
        return nodes.get(id);
    }

    Tracer tracer(String id) {
        return tracers.get(id);
    }

    void settle() {
        ArrayDeque<Message> inFlight = new ArrayDeque<>();
        do {
            for (RaftNode n : nodes.values()) {
                while (n.hasReady()) {
                    Ready r = n.ready();
                    for (Message m : r.messages()) {
                        sentBy.merge(m.from(), 1, Integer::sum);
                        sent.add(m);
                        inFlight.add(m);
                    }
                    for (ClientResult cr : r.results()) results.put(cr.requestId(), cr);
                    n.advance(r);
                }
            }
            while (!inFlight.isEmpty()) {
                Message m = inFlight.poll();
                if (down.contains(m.to()) || down.contains(m.from())) continue;
                if (m instanceof Message.PreVoteResponse p && p.granted()
                        || m instanceof Message.VoteResponse v && v.granted()) {
                    granted.add(m.from());
                }
                nodes.get(m.to()).step(m);
            }
        } while (nodes.values().stream().anyMatch(RaftNode::hasReady));
    }
}
