package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** trace show --format svg and html: pictures of the merged trace, drawn with PlantUML. */
class TracePicturesTest {

    static final String FIRST = "Normal election";
    static final String SECOND = "Leader explodes & recovers <retry>";

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void clusterWithATrace() throws IOException {
        cluster = new FakeCluster(dir, 3);
        rows("n1", row("n1", 1, "SECTION", "FLWR", FIRST, ""),
                row("n1", 2, "EVENT", "CNDI", "NEW ROLE", ""),
                row("n1", 3, "SEND", "CNDI", "poll+N-2 t-1 li-0 lt-0", ""),
                row("n1", 4, "SEND", "CNDI", "poll+N-3 t-1 li-0 lt-0", ""),
                row("n1", 7, "RECEIVE", "CNDI", "N-2+vote yes-True", "lt-1 li-1"),
                row("n1", 8, "EVENT", "LEAD", "NEW ROLE", ""),
                row("n1", 20, "SECTION", "LEAD", SECOND, ""),
                row("n1", 21, "SEND", "LEAD", "ae+N-3 t-1 i-1 lt-1 e-0 c-1", ""));
        rows("n2", row("n2", 1, "SECTION", "FLWR", FIRST, ""),
                row("n2", 5, "RECEIVE", "FLWR", "N-1+poll t-1 li-0 lt-0", "t-1"),
                row("n2", 6, "SEND", "FLWR", "vote+N-1 yes-True", ""),
                row("n2", 20, "SECTION", "FLWR", SECOND, ""));
        rows("n3", row("n3", 1, "SECTION", "FLWR", FIRST, ""),
                row("n3", 20, "SECTION", "FLWR", SECOND, ""),
                row("n3", 22, "RECEIVE", "FLWR", "N-1+ae t-1 i-1 lt-1 e-0 c-1", "ci-1"));
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void svgIsWellFormedXmlWithEveryNodeAndEverySectionTitle() throws Exception {
        FakeCluster.Result r = cluster.run("trace show --format svg");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        Document svg = parse(r.out());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("N-1 (n1)", "N-2 (n2)", "N-3 (n3)")
                .contains("Section 1: " + FIRST, "Section 2: " + SECOND)
                .contains("poll t-1 li-0 lt-0", "vote yes-True", "NEW ROLE LEAD", "ci-1");
    }

    @Test
    void svgOfOneSection() throws Exception {
        FakeCluster.Result r = cluster.run("trace show --format svg --section 2");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String text = parse(r.out()).getDocumentElement().getTextContent();
        assertThat(text).contains("Section 2: " + SECOND).doesNotContain(FIRST);
    }

    @Test
    void htmlIsOnePageWithEachSectionsDiagramAndTable() throws Exception {
        FakeCluster.Result r = cluster.run("trace show --format html");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        String html = r.out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>raftctl trace of cluster test</title>")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<?xml");
        assertThat(count(html, "<svg")).isEqualTo(2);
        assertThat(count(html, "<table>")).isEqualTo(2);
        assertThat(html).contains("Section 2: Leader explodes &amp; recovers &lt;retry&gt;")
                .contains("<td class=\"acting\">N-1+ae t-1 i-1 lt-1 e-0 c-1</td>".replace("N-1+ae", "N-1+ae"))
                .contains("<th colspan=\"3\">N-3</th>");
        // Each inline diagram is well-formed XML on its own.
        int at = html.indexOf("<svg");
        assertThat(parse(html.substring(at, html.indexOf("</svg>", at) + "</svg>".length())).getDocumentElement().getTextContent())
                .contains("Section 1: " + FIRST);
    }

    @Test
    void formatsCompleteAndUnknownOnesAreUsageErrors() {
        assertThat(new Args.TraceFormatCandidates()).contains("puml", "svg", "html");
        FakeCluster.Result r = cluster.run("trace show --format png");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error()).contains("unknown trace format 'png'").contains("svg, html");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    private void rows(String node, AdminDtos.TraceRowDto... rows) {
        List<AdminDtos.TraceRowDto> list = new ArrayList<>(List.of(rows));
        cluster.node(node).on(AdminApi.TRACE, b -> FakeNode.Reply.ok(new AdminDtos.TraceResponse(node, List.of("n1", "n2", "n3"), list, 0)));
    }

    private static int seq;

    private static AdminDtos.TraceRowDto row(String node, long clock, String kind, String role, String op, String delta) {
        return new AdminDtos.TraceRowDto(node, clock, ++seq, kind, role, op, delta);
    }
}
