package io.raftctl.trace;

import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvent.NodeRole;
import io.raftctl.raft.TracedMessage;
import io.raftctl.raft.TracedMessage.AppendEntries;
import io.raftctl.raft.TracedMessage.AppendEntriesResponse;
import io.raftctl.raft.TracedMessage.PreVoteRequest;
import io.raftctl.raft.TracedMessage.PreVoteResponse;
import io.raftctl.raft.TracedMessage.VoteRequest;
import io.raftctl.raft.TracedMessage.VoteResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static io.raftctl.trace.Delta.delta;

/**
 * The 38 rows of Section 1 of the seed document, as the three nodes would have recorded them: as data, with
 * the fields the seed shows (its {@code poll ... lt-1} included). Each node has a section marker at clock 1;
 * the seed's k-th row has clock 1 + k, so that the merge must reproduce the seed's order.
 */
final class SeedSection1 {

    static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    static final String TITLE = "Normal election";

    private final Map<String, List<TraceEvent>> byNode = new LinkedHashMap<>();
    private long clock = 1;

    private SeedSection1() {
        for (String id : MEMBERS) {
            List<TraceEvent> events = new ArrayList<>();
            events.add(TraceEvent.section(id, 1, 1, FOLLOWER, TITLE));
            byNode.put(id, events);
        }
    }

    static Map<String, List<TraceEvent>> eventsByNode() {
        SeedSection1 s = new SeedSection1();
        s.event("n1", CANDIDATE, NodeEvent.NEW_ROLE);
        TracedMessage pvr2 = s.send(CANDIDATE, new PreVoteRequest("n1", "n2", s.next(), 1, 0, 0));
        TracedMessage pvr3 = s.send(CANDIDATE, new PreVoteRequest("n1", "n3", s.next(), 1, 0, 0));
        s.receive(FOLLOWER, pvr2, delta());
        TracedMessage pv2 = s.send(FOLLOWER, new PreVoteResponse("n2", "n1", s.next(), 1, true));
        s.receive(FOLLOWER, pvr3, delta());
        TracedMessage pv3 = s.send(FOLLOWER, new PreVoteResponse("n3", "n1", s.next(), 1, true));
        s.receive(CANDIDATE, pv2, delta().t(1));
        TracedMessage poll2 = s.send(CANDIDATE, new VoteRequest("n1", "n2", s.next(), 1, 0, 1));
        TracedMessage poll3 = s.send(CANDIDATE, new VoteRequest("n1", "n3", s.next(), 1, 0, 1));
        s.receive(CANDIDATE, pv3, delta());
        s.receive(FOLLOWER, poll2, delta().t(1));
        TracedMessage vote2 = s.send(FOLLOWER, new VoteResponse("n2", "n1", s.next(), 1, true));
        s.receive(FOLLOWER, poll3, delta().t(1));
        TracedMessage vote3 = s.send(FOLLOWER, new VoteResponse("n3", "n1", s.next(), 1, true));
        s.receive(LEADER, vote2, delta().lt(1).li(1));
        s.event("n1", LEADER, NodeEvent.NEW_ROLE);
        TracedMessage ae2 = s.send(LEADER, new AppendEntries("n1", "n2", s.next(), 1, 0, 0, 1, 0));
        TracedMessage ae3 = s.send(LEADER, new AppendEntries("n1", "n3", s.next(), 1, 0, 0, 1, 0));
        s.receive(LEADER, vote3, delta());
        s.receive(FOLLOWER, ae2, delta().lt(1).li(1));
        TracedMessage reply2 = s.send(FOLLOWER, new AppendEntriesResponse("n2", "n1", s.next(), 1, true, 1));
        s.receive(FOLLOWER, ae3, delta().lt(1).li(1));
        TracedMessage reply3 = s.send(FOLLOWER, new AppendEntriesResponse("n3", "n1", s.next(), 1, true, 1));
        s.receive(LEADER, reply2, delta().ci(1));
        s.receive(LEADER, reply3, delta());
        s.event("n1", LEADER, NodeEvent.CMD_START);
        TracedMessage add2 = s.send(LEADER, new AppendEntries("n1", "n2", s.next(), 1, 1, 1, 1, 1), delta().li(2));
        TracedMessage add3 = s.send(LEADER, new AppendEntries("n1", "n3", s.next(), 1, 1, 1, 1, 1));
        s.receive(FOLLOWER, add2, delta().li(2));
        TracedMessage added2 = s.send(FOLLOWER, new AppendEntriesResponse("n2", "n1", s.next(), 1, true, 2));
        s.receive(FOLLOWER, add3, delta().li(2));
        TracedMessage added3 = s.send(FOLLOWER, new AppendEntriesResponse("n3", "n1", s.next(), 1, true, 2));
        s.receive(LEADER, added2, delta().ci(2));
        s.receive(LEADER, added3, delta());
        // The seed shows the commit notices arrive, not their sends.
        long unseen = s.clock;
        s.receive(FOLLOWER, new AppendEntries("n1", "n2", unseen, 1, 2, 1, 0, 2), delta().ci(2));
        s.receive(FOLLOWER, new AppendEntries("n1", "n3", unseen, 1, 2, 1, 0, 2), delta().ci(2));
        s.event("n1", LEADER, NodeEvent.CMD_DONE);
        return s.byNode;
    }

    /** The clock of the next row. */
    private long next() {
        return clock + 1;
    }

    private void event(String node, NodeRole role, NodeEvent e) {
        add(TraceEvent.happened(node, ++clock, seq(node), role, e, StateDelta.NONE));
    }

    private TracedMessage send(NodeRole role, TracedMessage m) {
        return send(role, m, delta());
    }

    private TracedMessage send(NodeRole role, TracedMessage m, Delta d) {
        add(TraceEvent.sent(m.from(), ++clock, seq(m.from()), role, m, d.build()));
        return m;
    }

    private void receive(NodeRole role, TracedMessage m, Delta d) {
        add(TraceEvent.received(m.to(), ++clock, seq(m.to()), role, m, d.build()));
    }

    private long seq(String node) {
        return byNode.get(node).size() + 1;
    }

    private void add(TraceEvent e) {
        byNode.get(e.node()).add(e);
    }
}
