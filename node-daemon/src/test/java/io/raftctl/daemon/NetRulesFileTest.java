package io.raftctl.daemon;

import io.raftctl.transport.NetworkFaults;
import io.raftctl.transport.PartitionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partition rules beside a node's data: saved atomically, read strictly, and never silently dropped. */
class NetRulesFileTest {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    private static final PartitionState ISOLATE_N2 = new PartitionState(List.of("n2"), List.of());

    @TempDir
    Path dir;

    @Test
    void rulesRoundTripAndNoRulesMeanNoFile() throws Exception {
        NetRulesFile file = new NetRulesFile(dir);
        assertThat(file.load()).isEmpty();
        PartitionState both = new PartitionState(List.of("n3"), List.of(List.of("n1"), List.of("n2", "n3")));
        file.save(both);
        assertThat(Files.readString(dir.resolve("net-rules.json")))
                .isEqualTo("{\"format\":1,\"isolated\":[\"n3\"],\"groups\":[[\"n1\"],[\"n2\",\"n3\"]]}\n");
        assertThat(file.load()).contains(both);
        assertThat(dir.resolve("net-rules.json.tmp")).doesNotExist();

        file.save(PartitionState.NONE);
        assertThat(dir.resolve("net-rules.json")).doesNotExist();
        assertThat(file.load()).isEmpty();
    }

    @Test
    void aLeftoverTempFileNeverCounts() throws Exception {
        NetRulesFile file = new NetRulesFile(dir);
        file.save(ISOLATE_N2);
        Files.writeString(dir.resolve("net-rules.json.tmp"), "{\"format\":1,\"isolated\":[\"n1\"],\"gr");
        assertThat(file.load()).contains(ISOLATE_N2);
        assertThat(dir.resolve("net-rules.json.tmp")).doesNotExist();
    }

    @Test
    void damagedContentsAreUnreadableWithAReason() {
        String[][] cases = {
                {"{\"format\":1,\"isolated\":[\"n2\"],\"gro", "not valid JSON"},
                {"", "not a JSON object"},
                {"[]", "not a JSON object"},
                {"{\"format\":2,\"isolated\":[],\"groups\":[]}", "format 2, but this raftd reads only format 1"},
                {"{\"isolated\":[],\"groups\":[]}", "no field 'format'"},
                {"{\"format\":1,\"isolated\":\"n2\",\"groups\":[]}", "field 'isolated' is not a list of node ids"},
                {"{\"format\":1,\"isolated\":[7],\"groups\":[]}", "field 'isolated' holds 7, not a node id"},
                {"{\"format\":1,\"isolated\":[],\"groups\":{}}", "field 'groups' is not a list"},
                {"{\"format\":1,\"isolated\":[],\"groups\":[[null]]}", "field 'groups' holds null, not a node id"},
                {"{\"format\":1,\"isolated\":[],\"groups\":[],\"holding\":true}", "unknown field 'holding'"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> NetRulesFile.decode(c[0].getBytes(StandardCharsets.UTF_8)))
                    .as(c[0]).isInstanceOf(NetRulesFile.UnreadableException.class).hasMessage(c[1]);
        }
    }

    @Test
    void savedRulesAreInForceAtRestore() throws Exception {
        new NetRulesFile(dir).save(ISOLATE_N2);
        NetworkFaults faults = new NetworkFaults("n1", MEMBERS);
        PartitionRules.restore(faults, dir);
        assertThat(faults.state()).isEqualTo(ISOLATE_N2);
        assertThat(faults.canReach("n1", "n2")).isFalse();
    }

    @Test
    void anUnreadableFileIsolatesTheNodeAndIsLeftForInspection() throws Exception {
        Files.writeString(dir.resolve("net-rules.json"), "garbage");
        NetworkFaults faults = new NetworkFaults("n2", MEMBERS);
        PartitionRules.restore(faults, dir);
        assertThat(faults.state()).isEqualTo(ISOLATE_N2);
        assertThat(Files.readString(dir.resolve("net-rules.json"))).isEqualTo("garbage");
    }

    @Test
    void rulesNamingANodeOutsideTheClusterAreUnreadableToo() throws IOException {
        new NetRulesFile(dir).save(new PartitionState(List.of("n7"), List.of()));
        NetworkFaults faults = new NetworkFaults("n1", MEMBERS);
        PartitionRules.restore(faults, dir);
        assertThat(faults.state()).isEqualTo(new PartitionState(List.of("n1"), List.of()));
    }

    @Test
    void aChangeIsSavedBeforeItIsAppliedAndAnInvalidOneChangesNothing() throws Exception {
        NetworkFaults faults = new NetworkFaults("n1", MEMBERS);
        PartitionRules rules = PartitionRules.restore(faults, dir);
        rules.change(f -> f.isolate("n2"));
        assertThat(new NetRulesFile(dir).load()).contains(ISOLATE_N2);

        assertThatThrownBy(() -> rules.change(f -> f.split(List.of(List.of("n1")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.state()).isEqualTo(ISOLATE_N2);
        assertThat(new NetRulesFile(dir).load()).contains(ISOLATE_N2);

        rules.change(NetworkFaults::heal);
        assertThat(faults.state()).isEqualTo(PartitionState.NONE);
        assertThat(dir.resolve("net-rules.json")).doesNotExist();
    }

    @Test
    void aRuleThatCannotBeSavedIsNotApplied() throws Exception {
        NetworkFaults faults = new NetworkFaults("n1", MEMBERS);
        PartitionRules rules = PartitionRules.restore(faults, dir);
        Files.createDirectories(dir.resolve("net-rules.json.tmp")); // the temp file cannot be written
        assertThatThrownBy(() -> rules.change(f -> f.isolate("n2"))).isInstanceOf(IOException.class);
        assertThat(faults.state()).isEqualTo(PartitionState.NONE);
    }

    @Test
    void rulesAreDescribedInOperatorWords() {
        assertThat(PartitionRules.describe(PartitionState.NONE)).isEqualTo("none");
        assertThat(PartitionRules.describe(new PartitionState(List.of("n2"), List.of(List.of("n1"), List.of("n2", "n3")))))
                .isEqualTo("isolated n2; split n1 | n2,n3");
    }
}
