package io.raftctl.cli.it;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed scenario on real daemons, then its trace as a picture: {@code trace show --format svg} and {@code html}. */
class TracePicturesIT {

    @Test
    void theSeedScenariosTraceIsAnSvgWithEveryNodeAndSectionAndAnHtmlPage() throws Exception {
        Path work = Files.createTempDirectory("raftctl-it-svg-");
        try {
            // The example script without its last lines (trace show, down): the cluster stays up for the pictures.
            List<String> lines = Files.readAllLines(RaftctlProcess.EXAMPLES.resolve("leader-explodes.raftctl")).stream()
                    .filter(l -> !l.startsWith("down") && !l.startsWith("trace show")).toList();
            Files.write(work.resolve("seed.raftctl"), lines);
            RaftctlProcess.Result run = RaftctlProcess.run(work, 180, "run", "-q", "seed.raftctl");
            assertThat(run.exitCode()).as(run.all() + RaftctlProcess.daemonLogs(work)).isZero();
            List<String> titles = lines.stream().filter(l -> l.startsWith("trace section ")).map(l -> l.substring(14)).toList();
            assertThat(titles).hasSize(4);

            RaftctlProcess.Result svg = RaftctlProcess.run(work, 120, "trace", "show", "--format", "svg");
            assertThat(svg.exitCode()).as(svg.stderr()).isZero();
            String text = parse(svg.stdout()).getDocumentElement().getTextContent();
            assertThat(text).contains("N-1 (n1)", "N-2 (n2)", "N-3 (n3)");
            for (int i = 0; i < titles.size(); i++) assertThat(text).contains("Section " + (i + 1) + ": " + titles.get(i));

            RaftctlProcess.Result html = RaftctlProcess.run(work, 120, "trace", "show", "--format", "html");
            assertThat(html.exitCode()).as(html.stderr()).isZero();
            assertThat(html.stdout()).startsWith("<!DOCTYPE html>").contains("<svg").contains("<table>")
                    .contains("N-2+vote yes-True");
        } finally {
            RaftctlProcess.killDaemonsUnder(work);
            RaftctlProcess.deleteTree(work);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
