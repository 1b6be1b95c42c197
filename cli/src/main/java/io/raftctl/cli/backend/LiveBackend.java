package io.raftctl.cli.backend;

import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.process.LocalDaemons;

import java.nio.file.Path;

/** Real daemons: the cluster file, read lazily (an {@code up} earlier in a script may have just written it), and their admin sockets. */
public final class LiveBackend implements ClusterBackend {

    private final Path configPath;
    private final String raftctlCommand;
    private ClusterView cluster;
    private ClusterClient clients;

    /** @param raftctlCommand how the operator runs raftctl on this cluster, for hints ({@code raftctl -c FILE}) */
    public LiveBackend(Path configPath, String raftctlCommand) {
        this.configPath = configPath;
        this.raftctlCommand = raftctlCommand;
    }

    @Override
    public ClusterView cluster() {
        if (cluster == null) cluster = ClusterFiles.load(configPath);
        return cluster;
    }

    @Override
    public ClusterClient clients() {
        if (clients == null) {
            ClusterView view = cluster();
            clients = new ClusterClient(view, AdminHttp.client(), id -> LocalDaemons.unreachableHint(view, id, raftctlCommand));
        }
        return clients;
    }

    @Override
    public ScriptClock clock() {
        return ScriptClock.REAL;
    }

    @Override
    public boolean knownNotRunning(String id) {
        return LocalDaemons.state(cluster(), id) == LocalDaemons.State.NOT_RUNNING;
    }

    @Override
    public boolean simulated() {
        return false;
    }
}
