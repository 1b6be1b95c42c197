package io.raftctl.raft;

import io.raftctl.sim.SimCluster;
import io.raftctl.statemachine.Trigger;
import io.raftctl.trace.TraceFormat;
import io.raftctl.trace.TraceMerger;
import io.raftctl.trace.TraceNotation;
import io.raftctl.trace.TraceSection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.raftctl.raft.Sims.totals;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed scenario, test_leader_explodes_in_command, section by section, in process with timers off:
 * the leader's state machine throws while applying a committed command; the client gets an error; after
 * the trigger is cleared, a heartbeat makes the leader retry, and the followers learn the commit.
 */
class LeaderExplodesInCommandTest {

    private final SimCluster c = Sims.cluster(3, Sims.timersOff());

    @Test
    void theLeaderRetriesAFailedApplyOnTheNextHeartbeat() {
        // Section 1
        c.section("Normal election");
        c.elect("n1");
        c.deliverAll();
        RaftNode n1 = c.node("n1").raft();
        assertThat(n1.role()).isEqualTo(Role.LEADER);
        assertThat(n1.term()).isEqualTo(1);
        long first = c.submit("n1", "add 1");
        c.deliverAll();
        assertThat(c.result(first)).hasValueSatisfying(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.value()).isEqualTo("1");
        });
        assertThat(totals(c)).containsExactly(1L, 1L, 1L);

        // Section 2
        c.section("Node 1 is leader, rigging it to explode on command and running command");
        c.node("n1").triggers().arm(Trigger.EXPLODE, null);
        long second = c.submit("n1", "add 1");
        c.deliverAll();
        assertThat(c.result(second)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ClientResult.Status.APPLY_FAILED);
            assertThat(r.error()).contains("apply failed at the leader").contains("entry 3");
        });
        assertThat(n1.commitIndex()).isEqualTo(3);
        assertThat(n1.appliedIndex()).isEqualTo(2);
        assertThat(c.node("n1").total()).isEqualTo(1);
        assertThat(n1.log().entry(3).command()).as("the entry is not lost").isEqualTo("add 1");

        // Section 3
        c.section("Leader node 1 returned an error from command request, clearing trigger and sending heartbeats to retry");
        c.node("n1").triggers().clear(Trigger.EXPLODE);
        assertThat(c.heartbeat("n1")).isTrue();
        c.deliverAll();
        assertThat(c.node("n1").total()).isEqualTo(2);
        assertThat(n1.appliedIndex()).isEqualTo(3);
        assertThat(c.node("n2").raft().commitIndex()).isEqualTo(3);
        assertThat(c.node("n3").raft().commitIndex()).isEqualTo(3);

        // Section 4
        c.section("Leader node 1 retry succeeded, now need another heartbeat to trigger followers to apply and commit");
        c.heartbeat("n1");
        c.deliverAll();
        assertThat(totals(c)).containsExactly(2L, 2L, 2L);
        c.nodes().forEach(n -> {
            assertThat(n.raft().commitIndex()).isEqualTo(3);
            assertThat(n.raft().appliedIndex()).isEqualTo(3);
            assertThat(n.raft().term()).isEqualTo(1);
        });

        List<TraceSection> sections = TraceMerger.merge(c.ids(), c.traceRows());
        assertThat(sections).extracting(TraceSection::number).containsExactly(1, 2, 3, 4);
        assertThat(sections.get(3).rows()).as("section 4: nothing changes")
                .allSatisfy(r -> assertThat(r.event().delta().isEmpty()).isTrue());
        assertThat(sections.get(2).rows()).as("section 3: the followers learn commit 3")
                .anySatisfy(r -> assertThat(r.event().node() + " " + TraceNotation.delta(r.event().delta())).isEqualTo("n2 ci-3"))
                .anySatisfy(r -> assertThat(r.event().node() + " " + TraceNotation.delta(r.event().delta())).isEqualTo("n3 ci-3"));

        String rst = TraceFormat.RST.renderer().render(c.ids(), sections.subList(0, 1));
        assertThat(rst).startsWith("Section 1: Normal election\n==========================\n");
        assertKeyRowsInOrder(gridRows(rst));
    }

    /** The seed's key rows of section 1, found in this order in the rendered table. */
    private static void assertKeyRowsInOrder(List<String[]> rows) {
        int at = -1;
        at = find(rows, at, 0, "CNDI", "p_v_r+N-2 t-1 li-0 lt-0", null);
        at = find(rows, at, 1, "FLWR", "p_v+N-1 yes-True", null);
        at = find(rows, at, 0, "CNDI", null, "t-1");
        at = find(rows, at, 0, "CNDI", "poll+N-2 t-1 li-0 lt-0", null);
        at = find(rows, at, 0, "LEAD", "N-2+vote yes-True", "lt-1 li-1");
        int next = at + 1;
        while (cell(rows.get(next), 0, 1).isEmpty()) next++;
        assertThat(cell(rows.get(next), 0, 1)).as("N-1's next row after turning leader").isEqualTo("NEW ROLE");
        at = find(rows, at, 0, "LEAD", "ae+N-2 t-1 i-0 lt-0 e-1 c-0", null);
        at = find(rows, at, 0, "LEAD", null, "ci-1");
        at = find(rows, at, 0, "LEAD", "CMD START", null);
        at = find(rows, at, 0, "LEAD", null, "li-2");
        at = find(rows, at, 0, "LEAD", null, "ci-2");
        find(rows, at, 0, "LEAD", "CMD DONE", null);
    }

    private static int find(List<String[]> rows, int after, int node, String role, String op, String delta) {
        for (int i = after + 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (!cell(r, node, 0).equals(role)) continue;
            if (op != null && !cell(r, node, 1).equals(op)) continue;
            if (delta != null && !cell(r, node, 2).equals(delta)) continue;
            return i;
        }
        throw new AssertionError("no row after #" + after + " with N-" + (node + 1) + " " + role + " | "
                + (op == null ? "*" : op) + " | " + (delta == null ? "*" : delta));
    }

    private static String cell(String[] row, int node, int column) {
        return row[node * 3 + column];
    }

    /** Data rows of an RST grid table (after the {@code ===} line), as trimmed cells. */
    private static List<String[]> gridRows(String rst) {
        List<String[]> rows = new ArrayList<>();
        boolean body = false;
        for (String line : rst.split("\n")) {
            if (line.startsWith("+=")) body = true;
            else if (body && line.startsWith("|")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
        }
        return rows;
    }
}
