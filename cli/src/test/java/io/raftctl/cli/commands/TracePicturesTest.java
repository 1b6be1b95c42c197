package io.raftctl.cli.commands;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.TraceEventMapping;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.fake.FakeCluster;
import io.raftctl.cli.fake.FakeNode;
import io.raftctl.raft.NodeEvent;
import io.raftctl.raft.StateDelta;
import io.raftctl.raft.TraceEvent;
import io.raftctl.raft.TracedMessage;
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
import java.util.List;

import static io.raftctl.raft.TraceEvent.NodeRole.CANDIDATE;
import static io.raftctl.raft.TraceEvent.NodeRole.FOLLOWER;
import static io.raftctl.raft.TraceEvent.NodeRole.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** trace show --format svg and html: pictures of the merged trace, drawn with PlantUML. */
class TracePicturesTest {

    static final String FIRST = "Normal election";
    static final String SECOND = "Leader explodes & recovers <retry>";
    private static final StateDelta NONE = StateDelta.NONE;

    @TempDir
    Path dir;

    private FakeCluster cluster;

    @BeforeEach
    void clusterWithATrace() throws IOException {
        cluster = new FakeCluster(dir, 3);
        TracedMessage poll2 = new TracedMessage.VoteRequest("n1", "n2", 3, 1, 0, 0);
        TracedMessage poll3 = new TracedMessage.VoteRequest("n1", "n3", 4, 1, 0, 0);
        TracedMessage vote = new TracedMessage.VoteResponse("n2", "n1", 6, 1, true);
        TracedMessage notice = new TracedMessage.AppendEntries("n1", "n3", 21, 1, 1, 1, 0, 1);
        events("n1", TraceEvent.section("n1", 1, 1, FOLLOWER, FIRST),
                TraceEvent.happened("n1", 2, 2, CANDIDATE, NodeEvent.NEW_ROLE, NONE),
                TraceEvent.sent("n1", 3, 3, CANDIDATE, poll2, NONE),
                TraceEvent.sent("n1", 4, 4, CANDIDATE, poll3, NONE),
                TraceEvent.received("n1", 7, 5, CANDIDATE, vote, new StateDelta(null, 1L, 1L, null, null, null)),
                TraceEvent.happened("n1", 8, 6, LEADER, NodeEvent.NEW_ROLE, NONE),
                TraceEvent.section("n1", 20, 7, LEADER, SECOND),
                TraceEvent.sent("n1", 21, 8, LEADER, notice, NONE));
        events("n2", TraceEvent.section("n2", 1, 1, FOLLOWER, FIRST),
                TraceEvent.received("n2", 5, 2, FOLLOWER, poll2, new StateDelta(1L, null, null, null, null, null)),
                TraceEvent.sent("n2", 6, 3, FOLLOWER, vote, NONE),
                TraceEvent.section("n2", 20, 4, FOLLOWER, SECOND));
        events("n3", TraceEvent.section("n3", 1, 1, FOLLOWER, FIRST),
                TraceEvent.section("n3", 20, 2, FOLLOWER, SECOND),
                TraceEvent.received("n3", 22, 3, FOLLOWER, notice, new StateDelta(null, null, null, 1L, null, null)));
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

    private void events(String node, TraceEvent... events) {
        List<TraceEvent> list = List.of(events);
        cluster.node(node).on(AdminApi.TRACE, b -> FakeNode.Reply.ok(
                TraceEventMapping.response(node, List.of("n1", "n2", "n3"), list, 0)));
    }
}
