package io.raftctl.cli.sim;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.SimCluster;

/** For tests in other packages: a simulated world's cluster made with any engine settings, not only up's. */
public final class SimWorlds {

    private SimWorlds() {
    }

    /** Makes {@code world}'s cluster of {@code nodes} nodes (n1..nN), every node running, as the first {@code up} does. */
    public static void create(SimWorld world, int nodes, RaftSettings settings) {
        world.create(SimCluster.defaultIds(nodes), settings);
    }
}
