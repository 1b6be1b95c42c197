package io.raftctl.config;

import io.raftctl.raft.RaftSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cluster file: which nodes make up the cluster, where they listen and keep their data, and how
 * they run Raft. Read by {@link ClusterConfigLoader}, written by {@link ClusterConfigWriter}.
 *
 * <pre>{@code
 * cluster: demo                 # name: [a-z0-9][a-z0-9-]*
 * data_dir: .raftctl            # optional, default .raftctl; a relative path is relative to the
 *                               # cluster file's directory; a node's data is <data_dir>/<node id>
 * nodes:                        # 1 to 9 nodes, N-1, N-2, ... in traces, in this order
 *   - id: n1                    # [a-z0-9][a-z0-9-]*, unique
 *     raft: 127.0.0.1:7001      # host:port for peers; every address in the file is unique
 *     admin: 127.0.0.1:8001     # host:port of the admin socket; loopback unless admin.allow_remote
 *     client: 127.0.0.1:9001    # optional: the binary client port for commands; loopback unless
 *                               # admin.allow_remote (it takes the admin token)
 * raft:                         # every key optional, defaults shown
 *   heartbeat: 50ms             # must be shorter than election_timeout.min
 *   election_timeout: {min: 150ms, max: 300ms}
 *   pre_vote: true
 *   check_quorum: true
 *   max_entries_per_message: 64
 *   max_inflight: 32
 *   timers: on                  # on | off (true / false too)
 * state_machine: counter        # counter | kv
 * storage:
 *   fsync: true
 * admin:
 *   token_file: null            # optional path; default <data_dir>/<node id>/admin.token
 *   allow_remote: false         # admin addresses must be loopback unless true
 * }</pre>
 *
 * <p>Durations are written {@code 250ms}, {@code 2s}, {@code 1m}, in whole milliseconds. Unknown keys
 * are errors at every level. Only {@code cluster} and {@code nodes} are required.
 *
 * @param name           the cluster's name
 * @param baseDir        absolute directory that relative paths in the file resolve against (the
 *                       cluster file's directory)
 * @param dataDirSetting {@code data_dir} as written; see {@link #dataDir()} for the resolved path
 * @param nodes          the nodes in file order
 * @param raft           Raft settings
 * @param stateMachine   the built-in state machine every node runs
 * @param storage        storage settings
 * @param admin          admin socket settings
 */
public record ClusterConfig(String name, Path baseDir, Path dataDirSetting, List<NodeConfig> nodes, RaftConfig raft,
                            StateMachineKind stateMachine, StorageConfig storage, AdminConfig admin) {

    /** Names of clusters and nodes: they become directory names and appear in commands. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    public static final int MAX_NODES = 9;
    public static final Path DEFAULT_DATA_DIR = Path.of(".raftctl");
    public static final String DEFAULT_TOKEN_FILE_NAME = "admin.token";
    public static final String LOOPBACK = "127.0.0.1";

    public ClusterConfig {
        Objects.requireNonNull(name, "name");
        baseDir = baseDir.toAbsolutePath().normalize();
        Objects.requireNonNull(dataDirSetting, "dataDirSetting");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(raft, "raft");
        Objects.requireNonNull(stateMachine, "stateMachine");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(admin, "admin");
    }

    /**
     * The cluster {@code raftctl up} creates when there is no cluster file: nodes {@code n1..nN} on
     * 127.0.0.1, other settings at their defaults. Relative paths resolve against the working directory.
     *
     * @throws IllegalArgumentException if the name, the node count or the ports are unusable
     */
    public static ClusterConfig localDefault(String name, int nodes, List<Integer> raftPorts, List<Integer> adminPorts,
                                             Path dataDir, boolean timers, boolean preVote, boolean checkQuorum) {
        return localDefault(name, nodes, raftPorts, adminPorts, null, dataDir, timers, preVote, checkQuorum);
    }

    /** As above, with a client port per node ({@code clientPorts} null: none). */
    public static ClusterConfig localDefault(String name, int nodes, List<Integer> raftPorts, List<Integer> adminPorts,
                                             List<Integer> clientPorts, Path dataDir, boolean timers, boolean preVote,
                                             boolean checkQuorum) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid cluster name '" + name + "' (use lowercase letters, digits and '-')");
        }
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("a cluster has 1 to " + MAX_NODES + " nodes, not " + nodes);
        }
        if (raftPorts.size() != nodes || adminPorts.size() != nodes) {
            throw new IllegalArgumentException("expected " + nodes + " raft ports and " + nodes + " admin ports, got "
                    + raftPorts.size() + " and " + adminPorts.size());
        }
        if (clientPorts != null && clientPorts.size() != nodes) {
            throw new IllegalArgumentException("expected " + nodes + " client ports, got " + clientPorts.size());
        }
        Set<Integer> seen = new HashSet<>();
        List<NodeConfig> list = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            int raftPort = raftPorts.get(i);
            int adminPort = adminPorts.get(i);
            List<Integer> ports = clientPorts == null ? List.of(raftPort, adminPort)
                    : List.of(raftPort, adminPort, clientPorts.get(i));
            for (int port : ports) {
                if (!seen.add(port)) throw new IllegalArgumentException("port " + port + " is given twice");
            }
            HostPort client = clientPorts == null ? null : new HostPort(LOOPBACK, clientPorts.get(i));
            list.add(new NodeConfig("n" + (i + 1), new HostPort(LOOPBACK, raftPort), new HostPort(LOOPBACK, adminPort), client));
        }
        RaftConfig raft = RaftConfig.DEFAULTS.withTimers(timers).withPreVote(preVote).withCheckQuorum(checkQuorum);
        return new ClusterConfig(name, Path.of("").toAbsolutePath(), dataDir == null ? DEFAULT_DATA_DIR : dataDir, list,
                raft, StateMachineKind.COUNTER, StorageConfig.DEFAULTS, AdminConfig.DEFAULTS);
    }

    public Optional<NodeConfig> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Node ids in file order. */
    public Set<String> nodeIds() {
        return new LinkedHashSet<>(members());
    }

    /** Node ids in file order: position k-1 is trace name N-k. */
    public List<String> members() {
        return nodes.stream().map(NodeConfig::id).toList();
    }

    /** The resolved, absolute {@code data_dir}. */
    public Path dataDir() {
        return baseDir.resolve(dataDirSetting).normalize();
    }

    /** Where node {@code nodeId} keeps its data: {@code <data_dir>/<node id>}, absolute. */
    public Path dataDir(String nodeId) {
        requireNode(nodeId);
        return dataDir().resolve(nodeId);
    }

    /** The admin bearer-token file of node {@code nodeId}, absolute. */
    public Path tokenFile(String nodeId) {
        requireNode(nodeId);
        return admin.tokenFile() == null
                ? dataDir(nodeId).resolve(DEFAULT_TOKEN_FILE_NAME)
                : baseDir.resolve(admin.tokenFile()).normalize();
    }

    public Duration heartbeat() {
        return raft.heartbeat();
    }

    public Duration electionTimeoutMin() {
        return raft.electionTimeoutMin();
    }

    public Duration electionTimeoutMax() {
        return raft.electionTimeoutMax();
    }

    public boolean preVote() {
        return raft.preVote();
    }

    public boolean checkQuorum() {
        return raft.checkQuorum();
    }

    public int maxEntriesPerMessage() {
        return raft.maxEntriesPerMessage();
    }

    public int maxInflight() {
        return raft.maxInflight();
    }

    public boolean timers() {
        return raft.timers();
    }

    public boolean fsync() {
        return storage.fsync();
    }

    /** The engine's settings. */
    public RaftSettings raftSettings() {
        return raft.toSettings();
    }

    public ClusterConfig withRaft(RaftConfig newRaft) {
        return new ClusterConfig(name, baseDir, dataDirSetting, nodes, newRaft, stateMachine, storage, admin);
    }

    /**
     * The same cluster seen from another directory (for writing the file elsewhere): relative paths
     * become absolute so that they keep pointing at the same places.
     */
    public ClusterConfig withBaseDir(Path newBaseDir) {
        Path base = newBaseDir.toAbsolutePath().normalize();
        if (base.equals(baseDir)) return this;
        Path data = dataDirSetting.isAbsolute() ? dataDirSetting : dataDir();
        Path token = admin.tokenFile();
        if (token != null && !token.isAbsolute()) token = baseDir.resolve(token).normalize();
        return new ClusterConfig(name, base, data, nodes, raft, stateMachine, storage,
                new AdminConfig(token, admin.allowRemote()));
    }

    private void requireNode(String nodeId) {
        if (node(nodeId).isEmpty()) throw new IllegalArgumentException("unknown node id '" + nodeId + "'");
    }
}
