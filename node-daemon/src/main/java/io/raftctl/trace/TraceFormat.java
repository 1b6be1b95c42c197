package io.raftctl.trace;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The formats of {@code raftctl trace show --format}. */
public enum TraceFormat {
    /** Plain aligned text for a terminal (the default). */
    TABLE(TableRenderer::new),
    /** reStructuredText grid tables, the layout of the seed document. */
    RST(RstRenderer::new),
    /** GitHub-flavoured markdown tables. */
    MD(MarkdownRenderer::new),
    /** RFC 4180 comma-separated values, one line per row. */
    CSV(CsvRenderer::new),
    /** One JSON document. */
    JSON(JsonRenderer::new),
    /** A PlantUML sequence diagram. */
    PUML(PlantUmlRenderer::new);

    public static final TraceFormat DEFAULT = TABLE;

    private final Supplier<TraceRenderer> factory;

    TraceFormat(Supplier<TraceRenderer> factory) {
        this.factory = factory;
    }

    /** The name operators type: {@code table}, {@code rst}, ... */
    public String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public TraceRenderer renderer() {
        return factory.get();
    }

    /** @throws IllegalArgumentException with a one-sentence message naming the valid formats */
    public static TraceFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (TraceFormat f : values()) {
            if (f.formatName().equals(wanted)) return f;
        }
        throw new IllegalArgumentException("unknown trace format '" + name + "' (expected one of " + names() + ")");
    }

    /** {@code table, rst, md, csv, json, puml} */
    public static String names() {
        return Arrays.stream(values()).map(TraceFormat::formatName).collect(Collectors.joining(", "));
    }
}
