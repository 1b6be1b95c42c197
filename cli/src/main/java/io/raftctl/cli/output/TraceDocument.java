package io.raftctl.cli.output;

import io.raftctl.cli.CliException;
import io.raftctl.raft.TraceRow;
import io.raftctl.trace.TraceFormat;
import io.raftctl.trace.TraceMerger;
import io.raftctl.trace.TraceSection;

import java.util.List;
import java.util.Map;

/** Merges the nodes' trace rows into sections (shared TraceMerger) and renders them in one format. */
public final class TraceDocument {

    private TraceDocument() {
    }

    /** @throws CliException exit 2 for an unknown format */
    public static TraceFormat format(String name) {
        try {
            return TraceFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /**
     * @param section only the section with this number (0: rows before the first titled section), or null for all
     * @throws CliException exit 1 if there is no such section
     */
    public static String render(TraceFormat format, List<String> members, Map<String, List<TraceRow>> rowsByNode,
                                Integer section) {
        List<TraceSection> sections = TraceMerger.merge(members, rowsByNode);
        if (section != null) {
            List<TraceSection> chosen = sections.stream().filter(s -> s.number() == section).toList();
            if (chosen.isEmpty()) {
                throw CliException.failed("no trace section " + section + " (the trace has "
                        + sections.stream().filter(TraceSection::isTitled).count() + " titled sections)");
            }
            sections = chosen;
        }
        return format.renderer().render(members, sections);
    }
}
