package io.raftctl.trace;

import io.raftctl.raft.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The titled sections of a trace, recovered from the nodes' SECTION events.
 *
 * <p>Every {@code trace section} leaves one marker at each node that was up, and its markers have larger
 * clocks than every event recorded before it. Sorted by clock, the markers therefore come in one run per
 * {@code trace section}; a run ends where the title changes or a node shows up a second time. Grouping
 * this way, rather than pairing each node's k-th marker, keeps the sections right when a node that was
 * down missed a marker.
 */
final class SectionMarkers {

    private record Group(String title, long firstClock, Set<Integer> positions) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final Map<Integer, Map<Long, Integer>> groupBySeq = new HashMap<>();

    /** @param eventsByPosition each node's events in its own order, indexed by member position */
    SectionMarkers(List<List<TraceEvent>> eventsByPosition) {
        record Marker(int position, TraceEvent event) {
        }
        List<Marker> markers = new ArrayList<>();
        for (int p = 0; p < eventsByPosition.size(); p++) {
            for (TraceEvent e : eventsByPosition.get(p)) {
                if (e.isSection()) markers.add(new Marker(p, e));
            }
        }
        markers.sort(Comparator.comparingLong((Marker m) -> m.event().clock())
                .thenComparingInt(Marker::position)
                .thenComparingLong(m -> m.event().seq()));
        Group current = null;
        for (Marker m : markers) {
            String title = m.event().title() == null ? "" : m.event().title();
            if (current == null || !current.title().equals(title) || current.positions().contains(m.position())) {
                current = new Group(title, m.event().clock(), new HashSet<>());
                groups.add(current);
            }
            current.positions().add(m.position());
            groupBySeq.computeIfAbsent(m.position(), k -> new HashMap<>()).put(m.event().seq(), groups.size() - 1);
        }
    }

    /** Number of titled sections. */
    int count() {
        return groups.size();
    }

    /** Title of titled section {@code number} (1-based). */
    String title(int number) {
        return groups.get(number - 1).title();
    }

    /** The section (1-based) that the given marker of the node at {@code position} starts. */
    int sectionStartedBy(int position, TraceEvent marker) {
        return groupBySeq.get(position).get(marker.seq()) + 1;
    }

    /**
     * The section of a non-marker event, given the section the node was in. A node that missed the markers
     * of later sections moves on to them by clock: any event with a clock at or past a section's first
     * marker was recorded after that {@code trace section}.
     */
    int sectionOf(int position, int current, long clock) {
        int section = current;
        while (section < groups.size()) {
            Group next = groups.get(section);
            if (next.positions().contains(position) || clock < next.firstClock()) break;
            section++;
        }
        return section;
    }
}
