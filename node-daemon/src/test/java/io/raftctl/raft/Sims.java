package io.raftctl.raft;

import io.raftctl.sim.SimCluster;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers shared by the engine's scenario tests. */
final class Sims {

    private Sims() {
    }

    static RaftSettings timersOff() {
        return RaftSettings.defaults().withTimers(false);
    }

    static SimCluster cluster(int size, RaftSettings settings) {
        return new SimCluster(size, settings, 42);
    }

    /** Elects {@code id} by an operator campaign and lets the cluster settle. */
    static void electAndSettle(SimCluster c, String id) {
        c.elect(id);
        c.deliverAll();
        assertThat(c.node(id).raft().role()).as("%s after its campaign", id).isEqualTo(Role.LEADER);
    }

    /** Submits at {@code id}, lets the cluster settle and returns the answer. */
    static ClientResult command(SimCluster c, String id, String command) {
        long request = c.submit(id, command);
        c.deliverAll();
        return c.result(request).orElseThrow(() -> new AssertionError("no answer to '" + command + "'"));
    }

    static List<Long> totals(SimCluster c) {
        return c.ids().stream().map(id -> c.node(id).total()).toList();
    }
}
