package io.raftctl.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the YAML tree of a cluster file into a {@link ClusterConfig}, checking every field and the
 * rules that span fields (unique ids and addresses, timeouts that make sense, loopback admin sockets).
 */
final class ClusterConfigBinder {

    static final List<String> TOP_LEVEL = List.of("cluster", "data_dir", "nodes", "raft", "state_machine", "storage", "admin");
    static final List<String> NODE = List.of("id", "raft", "admin", "client");
    static final List<String> RAFT = List.of("heartbeat", "election_timeout", "pre_vote", "check_quorum",
            "max_entries_per_message", "max_inflight", "timers");
    static final List<String> ELECTION_TIMEOUT = List.of("min", "max");
    static final List<String> STORAGE = List.of("fsync");
    static final List<String> ADMIN = List.of("token_file", "allow_remote");
    static final List<String> STATE_MACHINES = List.of("counter", "kv");

    private final String fileName;
    private final Path baseDir;

    ClusterConfigBinder(String fileName, Path baseDir) {
        this.fileName = fileName;
        this.baseDir = baseDir;
    }

    ClusterConfig bind(YamlNode root) {
        ConfigMapping top = new ConfigValue(root, "", fileName).mapping(TOP_LEVEL);
        String name = top.require("cluster", "the cluster's name, like cluster: demo").name();
        Path dataDir = top.get("data_dir").map(v -> v.filePath("a directory path")).orElse(ClusterConfig.DEFAULT_DATA_DIR);
        RaftConfig raft = top.get("raft").map(this::raft).orElse(RaftConfig.DEFAULTS);
        StateMachineKind stateMachine = top.get("state_machine")
                .map(v -> v.choice(StateMachineKind.class, STATE_MACHINES)).orElse(StateMachineKind.COUNTER);
        StorageConfig storage = top.get("storage").map(this::storage).orElse(StorageConfig.DEFAULTS);
        AdminConfig admin = top.get("admin").map(this::admin).orElse(AdminConfig.DEFAULTS);
        List<NodeConfig> nodes = nodes(top.require("nodes", "a list of 1 to " + ClusterConfig.MAX_NODES + " nodes"), admin);
        return new ClusterConfig(name, baseDir, dataDir, nodes, raft, stateMachine, storage, admin);
    }

    private List<NodeConfig> nodes(ConfigValue value, AdminConfig admin) {
        List<ConfigValue> items = value.list("a list of nodes with id, raft and admin");
        if (items.isEmpty()) throw value.error("at least one node is required");
        if (items.size() > ClusterConfig.MAX_NODES) {
            throw value.error("at most " + ClusterConfig.MAX_NODES + " nodes are supported, got " + items.size());
        }
        List<NodeConfig> nodes = new ArrayList<>();
        Map<String, String> pathOfId = new HashMap<>();
        List<ConfigValue> addressValues = new ArrayList<>();
        List<HostPort> addresses = new ArrayList<>();
        for (ConfigValue item : items) {
            ConfigMapping node = item.mapping(NODE);
            ConfigValue idValue = node.require("id", "the node's id, like id: n1");
            String id = idValue.name();
            String earlier = pathOfId.putIfAbsent(id, idValue.path());
            if (earlier != null) throw idValue.error("duplicate node id '" + id + "' (also " + earlier + ")");

            ConfigValue raftValue = node.require("raft", "the address peers reach it at, like raft: 127.0.0.1:7001");
            ConfigValue adminValue = node.require("admin", "the admin socket's address, like admin: 127.0.0.1:8001");
            ConfigValue clientValue = node.get("client").orElse(null);
            HostPort raft = raftValue.address();
            HostPort adminAddress = adminValue.address();
            HostPort clientAddress = clientValue == null ? null : clientValue.address();
            if (!admin.allowRemote() && !adminAddress.isLoopback()) {
                throw adminValue.error(adminAddress + " is not a loopback address, which needs admin.allow_remote: true");
            }
            // The client port takes the admin token, so it follows the admin socket's rule.
            if (clientAddress != null && !admin.allowRemote() && !clientAddress.isLoopback()) {
                throw clientValue.error(clientAddress + " is not a loopback address, which needs admin.allow_remote: true");
            }
            List<ConfigValue> addressed = clientValue == null ? List.of(raftValue, adminValue)
                    : List.of(raftValue, adminValue, clientValue);
            for (ConfigValue v : addressed) {
                HostPort address = v == raftValue ? raft : v == adminValue ? adminAddress : clientAddress;
                for (int i = 0; i < addresses.size(); i++) {
                    if (addresses.get(i).sameAddress(address)) {
                        throw v.error("address " + address + " is already used by " + addressValues.get(i).path());
                    }
                }
                addresses.add(address);
                addressValues.add(v);
            }
            nodes.add(new NodeConfig(id, raft, adminAddress, clientAddress));
        }
        return nodes;
    }

    private RaftConfig raft(ConfigValue value) {
        ConfigMapping raft = value.mapping(RAFT);
        RaftConfig d = RaftConfig.DEFAULTS;
        Duration min = d.electionTimeoutMin();
        Duration max = d.electionTimeoutMax();
        ConfigValue election = raft.get("election_timeout").orElse(null);
        if (election != null) {
            ConfigMapping range = election.mapping(ELECTION_TIMEOUT);
            min = range.get("min").map(ConfigValue::duration).orElse(min);
            max = range.get("max").map(ConfigValue::duration).orElse(max);
            if (min.compareTo(max) > 0) {
                throw election.error("min " + format(min) + " is greater than max " + format(max));
            }
        }
        ConfigValue heartbeatValue = raft.get("heartbeat").orElse(null);
        Duration heartbeat = heartbeatValue == null ? d.heartbeat() : heartbeatValue.duration();
        if (heartbeat.compareTo(min) >= 0) {
            ConfigValue blame = heartbeatValue != null ? heartbeatValue : election;
            throw blame.error("the heartbeat (" + format(heartbeat) + ") must be shorter than the minimum election timeout ("
                    + format(min) + "), or followers would start elections under a healthy leader");
        }
        return new RaftConfig(heartbeat, min, max,
                raft.get("pre_vote").map(v -> v.flag("true", "false")).orElse(d.preVote()),
                raft.get("check_quorum").map(v -> v.flag("true", "false")).orElse(d.checkQuorum()),
                raft.get("max_entries_per_message").map(ConfigValue::positiveInt).orElse(d.maxEntriesPerMessage()),
                raft.get("max_inflight").map(ConfigValue::positiveInt).orElse(d.maxInflight()),
                raft.get("timers").map(v -> v.flag("on", "off")).orElse(d.timers()));
    }

    private StorageConfig storage(ConfigValue value) {
        ConfigMapping storage = value.mapping(STORAGE);
        return new StorageConfig(storage.get("fsync").map(v -> v.flag("true", "false")).orElse(StorageConfig.DEFAULTS.fsync()));
    }

    private AdminConfig admin(ConfigValue value) {
        ConfigMapping admin = value.mapping(ADMIN);
        return new AdminConfig(
                admin.get("token_file").map(v -> v.filePath("a file path")).orElse(null),
                admin.get("allow_remote").map(v -> v.flag("true", "false")).orElse(AdminConfig.DEFAULTS.allowRemote()));
    }

    private static String format(Duration d) {
        return DurationText.format(d);
    }
}
