package io.raftctl.cli.sim;

import io.raftctl.cli.backend.ClusterBackend;
import io.raftctl.cli.backend.ScriptClock;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterView;

import java.time.Duration;

/** The simulator as a backend: the world's cluster, its nodes in process, and simulated time. */
public final class SimBackend implements ClusterBackend {

    /** No node of the simulated cluster runs once 'down' stopped them all. */
    private static final ClusterClient.NoneRunning NONE_RUNNING = new ClusterClient.NoneRunning("every node is stopped",
            "'up' starts them");

    private final SimWorld world;

    public SimBackend(SimWorld world) {
        this.world = world;
    }

    @Override
    public ClusterView cluster() {
        return world.view();
    }

    @Override
    public ClusterClient clients() {
        return ClusterClient.inProcess(cluster(), node -> new SimNodeAdmin(world, node), NONE_RUNNING);
    }

    @Override
    public ScriptClock clock() {
        return new ScriptClock() {
            @Override
            public long millis() {
                return world.nowMs();
            }

            @Override
            public void pass(Duration duration) {
                world.advance(duration);
            }
        };
    }

    @Override
    public boolean knownNotRunning(String id) {
        return !world.running(id);
    }

    @Override
    public boolean simulated() {
        return true;
    }
}
