package io.raftctl.cli.backend;

import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterView;

/**
 * What the lines of a session run against: real daemons ({@link LiveBackend}: the cluster file, admin
 * sockets, wall-clock time) or the simulator ({@code io.raftctl.cli.sim.SimBackend}: an in-process cluster
 * and simulated time). Commands ask the backend for the cluster, for a handle on its nodes and for time, and
 * are otherwise the same code on both.
 */
public interface ClusterBackend {

    /** The cluster's node ids and how to reach them. @throws io.raftctl.cli.CliException exit 2 if there is none */
    ClusterView cluster();

    /** A handle on every node of {@link #cluster()}. */
    ClusterClient clients();

    /** How time passes for {@code wait} and {@code sleep}. */
    ScriptClock clock();

    /** Whether {@code id} is known not to be running at all (status shows {@code not running}). */
    boolean knownNotRunning(String id);

    /** Whether this is the simulator. */
    boolean simulated();
}
