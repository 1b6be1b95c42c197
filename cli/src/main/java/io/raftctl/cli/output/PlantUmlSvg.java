package io.raftctl.cli.output;

import io.raftctl.cli.CliException;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.DiagramDescription;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * PlantUML text to SVG, with the PlantUML library. Only {@code trace show --format svg|html} reaches this
 * class, so the library is loaded only then and every other command starts as fast as before. Sequence
 * diagrams need no Graphviz; headless mode keeps AWT (used for text metrics) away from any display.
 */
final class PlantUmlSvg {

    private PlantUmlSvg() {
    }

    static String render(String puml) {
        System.setProperty("java.awt.headless", "true");
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        DiagramDescription description;
        try {
            description = new SourceStringReader(puml).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        } catch (IOException e) {
            throw CliException.failed("cannot draw the trace: " + e.getMessage());
        }
        if (description == null || svg.size() == 0) throw CliException.failed("cannot draw the trace: PlantUML drew nothing");
        if (description.getDescription() != null && description.getDescription().contains("Error")) {
            throw CliException.failed("cannot draw the trace: PlantUML reported " + description.getDescription());
        }
        return svg.toString(StandardCharsets.UTF_8);
    }

    /** The {@code <svg>} element alone, to be inlined in an HTML page. */
    static String withoutXmlDeclaration(String puml) {
        String svg = render(puml);
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }
}
