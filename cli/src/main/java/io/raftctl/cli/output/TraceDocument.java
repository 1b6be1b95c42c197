package io.raftctl.cli.output;

import io.raftctl.cli.CliException;
import io.raftctl.raft.TraceEvent;
import io.raftctl.trace.HtmlRenderer;
import io.raftctl.trace.TraceFormat;
import io.raftctl.trace.TraceMerger;
import io.raftctl.trace.TraceSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the nodes' trace events into sections (shared TraceMerger) and renders them in one format: the text
 * formats of {@link TraceFormat}, and two pictures drawn from its PlantUML diagram: {@code svg} and
 * {@code html} (a page with every section's diagram and table).
 */
public final class TraceDocument {

    /** The formats that need the PlantUML library. */
    private static final List<String> PICTURES = List.of("svg", "html");

    private TraceDocument() {
    }

    /** {@code table, rst, md, csv, json, puml, svg, html}: what {@code trace show --format} accepts. */
    public static List<String> formatNames() {
        List<String> names = new ArrayList<>();
        for (TraceFormat f : TraceFormat.values()) names.add(f.formatName());
        names.addAll(PICTURES);
        return names;
    }

    /** @throws CliException exit 2 for an unknown format */
    public static String checkFormat(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!formatNames().contains(wanted)) {
            throw CliException.usage("unknown trace format '" + name + "' (expected one of " + String.join(", ", formatNames()) + ")");
        }
        return wanted;
    }

    /**
     * @param format  a name accepted by {@link #checkFormat}
     * @param title   the title of an html page
     * @param eventsByNode each node's trace events, by node id
     * @param section only the section with this number (0: events before the first titled section), or null for all
     * @throws CliException exit 1 if there is no such section
     */
    public static String render(String format, String title, List<String> members,
                                Map<String, List<TraceEvent>> eventsByNode, Integer section) {
        List<TraceSection> sections = TraceMerger.merge(members, eventsByNode);
        if (section != null) {
            List<TraceSection> chosen = sections.stream().filter(s -> s.number() == section).toList();
            if (chosen.isEmpty()) {
                throw CliException.failed("no trace section " + section + " (the trace has "
                        + sections.stream().filter(TraceSection::isTitled).count() + " titled sections)");
            }
            sections = chosen;
        }
        return switch (checkFormat(format)) {
            case "svg" -> PlantUmlSvg.render(TraceFormat.PUML.renderer().render(members, sections));
            case "html" -> new HtmlRenderer(title, PlantUmlSvg::withoutXmlDeclaration).render(members, sections);
            default -> TraceFormat.parse(format).renderer().render(members, sections);
        };
    }
}
