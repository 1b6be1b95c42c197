package io.raftctl.trace;

import io.raftctl.raft.TraceRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the nodes' own traces into one causal order, cut into sections.
 *
 * <p>Within a section rows are ordered by (Lamport clock, node position, per-node seq): a message's
 * receive row has a larger clock than its send row, so it always comes later. Each merged row carries
 * every node's role at that point: the role of the node's latest row so far, carried across sections,
 * {@code FLWR} before any row.
 */
public final class TraceMerger {

    static final String INITIAL_ROLE = "FLWR";

    private static final Comparator<MergedRow> CAUSAL_ORDER = Comparator
            .comparingLong((MergedRow m) -> m.row().clock())
            .thenComparingInt(MergedRow::nodePosition)
            .thenComparingLong(m -> m.row().seq());

    private TraceMerger() {
    }

    /**
     * @param members    node ids in cluster-file order (positions give the names N-1, N-2, ...)
     * @param rowsByNode each node's rows; nodes may be missing or have no rows; ids not in
     *                   {@code members} are ignored
     * @return the sections in order; section 0 (rows before the first marker) only if it has rows
     */
    public static List<TraceSection> merge(List<String> members, Map<String, List<TraceRow>> rowsByNode) {
        List<List<TraceRow>> rowsByPosition = new ArrayList<>();
        for (String id : members) {
            List<TraceRow> given = rowsByNode.get(id);
            List<TraceRow> rows = given == null ? new ArrayList<>() : new ArrayList<>(given);
            rows.sort(Comparator.comparingLong(TraceRow::seq));
            rowsByPosition.add(rows);
        }
        SectionMarkers markers = new SectionMarkers(rowsByPosition);
        int sectionCount = markers.count() + 1;

        List<List<MergedRow>> placed = new ArrayList<>();
        List<Map<Integer, String>> rolesAtStart = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            placed.add(new ArrayList<>());
            rolesAtStart.add(new HashMap<>());
        }
        for (int p = 0; p < rowsByPosition.size(); p++) {
            int section = 0;
            for (TraceRow row : rowsByPosition.get(p)) {
                if (row.isSection()) {
                    section = markers.sectionStartedBy(p, row);
                    // The marker knows the node's role when the section began, even if the node's
                    // earlier rows were cleared or dropped.
                    rolesAtStart.get(section).put(p, row.role());
                } else {
                    section = markers.sectionOf(p, section, row.clock());
                    placed.get(section).add(new MergedRow(p, row, List.of()));
                }
            }
        }

        String[] roles = new String[members.size()];
        Arrays.fill(roles, INITIAL_ROLE);
        List<TraceSection> sections = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            rolesAtStart.get(s).forEach((p, role) -> roles[p] = roleOrDefault(role, roles[p]));
            List<MergedRow> rows = placed.get(s);
            rows.sort(CAUSAL_ORDER);
            List<MergedRow> withRoles = new ArrayList<>(rows.size());
            for (MergedRow m : rows) {
                roles[m.nodePosition()] = roleOrDefault(m.row().role(), roles[m.nodePosition()]);
                withRoles.add(new MergedRow(m.nodePosition(), m.row(), Arrays.asList(roles.clone())));
            }
            if (s == 0 && withRoles.isEmpty()) continue;
            sections.add(new TraceSection(s, s == 0 ? "" : markers.title(s), withRoles));
        }
        return sections;
    }

    private static String roleOrDefault(String role, String previous) {
        return role == null || role.isBlank() ? previous : role;
    }
}
