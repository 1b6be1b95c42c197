package io.raftctl.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.cli.client.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code -o json} of the commands that start real daemons: up and demo (the others: JsonOutputTest). */
class JsonOutputIT {

    private Path work;

    @BeforeEach
    void workDir() throws Exception {
        work = Files.createTempDirectory("raftctl-it-json-");
    }

    @AfterEach
    void stopWhatThisTestStarted() throws Exception {
        RaftctlProcess.killDaemonsUnder(work);
        RaftctlProcess.deleteTree(work);
    }

    @Test
    void upPrintsOneDocumentNamingTheNodesItStarted() throws Exception {
        RaftctlProcess.Result up = RaftctlProcess.run(work, 90, "-o", "json", "up", "--timers", "off");
        assertThat(up.exitCode()).as(up.all()).isZero();
        JsonNode doc = Json.parse(up.stdout());
        assertThat(doc.path("ok").asBoolean()).isTrue();
        assertThat(doc.path("created").asBoolean()).isTrue();
        assertThat(doc.path("started")).extracting(JsonNode::asText).containsExactly("n1", "n2", "n3");

        RaftctlProcess.Result again = RaftctlProcess.run(work, 90, "-o", "json", "up");
        assertThat(Json.parse(again.stdout()).path("already_running")).hasSize(3);
        RaftctlProcess.Result down = RaftctlProcess.run(work, 90, "-o", "json", "down");
        assertThat(Json.parse(down.stdout()).path("stopped")).hasSize(3);
    }

    @Test
    void demoPrintsOneDocumentWithTheSeedScenariosTrace() throws Exception {
        RaftctlProcess.Result demo = RaftctlProcess.run(work, 180, "-o", "json", "demo");
        assertThat(demo.exitCode()).as(demo.all()).isZero();
        JsonNode doc = Json.parse(demo.stdout());
        assertThat(doc.path("ok").asBoolean()).isTrue();
        JsonNode sections = doc.path("trace").path("sections");
        assertThat(sections).hasSize(4);
        assertThat(sections.get(0).path("title").asText()).isEqualTo("Normal election");
        assertThat(sections.get(0).path("rows").size()).isGreaterThan(10);
    }
}
