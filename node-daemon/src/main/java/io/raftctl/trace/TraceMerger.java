package io.raftctl.trace;

import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TraceEvent.NodeRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the nodes' own traces into one causal order, cut into sections.
 *
 * <p>Within a section events are ordered by (Lamport clock, node position, per-node seq): a message's
 * receive has a larger clock than its send, so it always comes later. Each merged row carries every
 * node's role at that point: the role of the node's latest event so far, carried across sections,
 * follower before any event.
 */
public final class TraceMerger {

    static final NodeRole INITIAL_ROLE = NodeRole.FOLLOWER;

    private static final Comparator<MergedRow> CAUSAL_ORDER = Comparator
            .comparingLong((MergedRow m) -> m.event().clock())
            .thenComparingInt(MergedRow::nodePosition)
            .thenComparingLong(m -> m.event().seq());

    private TraceMerger() {
    }

    /**
     * @param members    node ids in cluster-file order (positions give the names N-1, N-2, ...)
     * @param eventsByNode each node's events; nodes may be missing or have none; ids not in
     *                     {@code members} are ignored
     * @return the sections in order; section 0 (events before the first marker) only if it has some
     */
    public static List<TraceSection> merge(List<String> members, Map<String, List<TraceEvent>> eventsByNode) {
        List<List<TraceEvent>> eventsByPosition = new ArrayList<>();
        for (String id : members) {
            List<TraceEvent> given = eventsByNode.get(id);
            List<TraceEvent> events = given == null ? new ArrayList<>() : new ArrayList<>(given);
            events.sort(Comparator.comparingLong(TraceEvent::seq));
            eventsByPosition.add(events);
        }
        SectionMarkers markers = new SectionMarkers(eventsByPosition);
        int sectionCount = markers.count() + 1;

        List<List<MergedRow>> placed = new ArrayList<>();
        List<Map<Integer, NodeRole>> rolesAtStart = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            placed.add(new ArrayList<>());
            rolesAtStart.add(new HashMap<>());
        }
        for (int p = 0; p < eventsByPosition.size(); p++) {
            int section = 0;
            for (TraceEvent e : eventsByPosition.get(p)) {
                if (e.isSection()) {
                    section = markers.sectionStartedBy(p, e);
                    // The marker knows the node's role when the section began, even if the node's
                    // earlier events were cleared or dropped.
                    rolesAtStart.get(section).put(p, e.role());
                } else {
                    section = markers.sectionOf(p, section, e.clock());
                    placed.get(section).add(new MergedRow(p, e, List.of()));
                }
            }
        }

        NodeRole[] roles = new NodeRole[members.size()];
        Arrays.fill(roles, INITIAL_ROLE);
        List<TraceSection> sections = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            rolesAtStart.get(s).forEach((p, role) -> roles[p] = roleOrDefault(role, roles[p]));
            List<MergedRow> rows = placed.get(s);
            rows.sort(CAUSAL_ORDER);
            List<MergedRow> withRoles = new ArrayList<>(rows.size());
            for (MergedRow m : rows) {
                roles[m.nodePosition()] = roleOrDefault(m.event().role(), roles[m.nodePosition()]);
                withRoles.add(new MergedRow(m.nodePosition(), m.event(), Arrays.asList(roles.clone())));
            }
            if (s == 0 && withRoles.isEmpty()) continue;
            sections.add(new TraceSection(s, s == 0 ? "" : markers.title(s), withRoles));
        }
        return sections;
    }

    private static NodeRole roleOrDefault(NodeRole role, NodeRole previous) {
        return role == null ? previous : role;
    }
}
