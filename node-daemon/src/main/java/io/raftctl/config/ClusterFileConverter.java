package io.raftctl.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ClusterFile} into a {@link ClusterConfig}: fills in the defaults and checks the rules that
 * span keys (required keys, unique ids and addresses, timeouts that make sense, loopback admin sockets).
 * Each value was checked on its own as it was read.
 */
final class ClusterFileConverter {

    private static final FieldPath NODES = FieldPath.ROOT.key("nodes");
    private static final FieldPath ELECTION_TIMEOUT = FieldPath.ROOT.key("raft").key("election_timeout");
    private static final FieldPath HEARTBEAT = FieldPath.ROOT.key("raft").key("heartbeat");

    private final String fileName;
    private final Path baseDir;

    ClusterFileConverter(String fileName, Path baseDir) {
        this.fileName = fileName;
        this.baseDir = baseDir;
    }

    ClusterConfig convert(ClusterFile file) {
        if (file.cluster() == null) throw missing(0, FieldPath.ROOT, "cluster", "the cluster's name, like cluster: demo");
        Path dataDir = file.dataDir() == null ? ClusterConfig.DEFAULT_DATA_DIR : file.dataDir().path();
        RaftConfig raft = raft(file.raft());
        StateMachineKind stateMachine = file.stateMachine() == null ? StateMachineKind.COUNTER : file.stateMachine();
        StorageConfig storage = storage(file.storage());
        AdminConfig admin = admin(file.admin());
        if (file.nodes() == null) {
            throw missing(0, FieldPath.ROOT, "nodes", "a list of 1 to " + ClusterConfig.MAX_NODES + " nodes");
        }
        List<NodeConfig> nodes = nodes(file.nodes(), admin);
        return new ClusterConfig(file.cluster(), baseDir, dataDir, nodes, raft, stateMachine, storage, admin);
    }

    private List<NodeConfig> nodes(Located<List<Located<ClusterFile.Node>>> list, AdminConfig admin) {
        List<Located<ClusterFile.Node>> items = list.value();
        if (items.isEmpty()) throw error(list.line(), NODES, "at least one node is required");
        if (items.size() > ClusterConfig.MAX_NODES) {
            throw error(list.line(), NODES, "at most " + ClusterConfig.MAX_NODES + " nodes are supported, got " + items.size());
        }
        Map<String, FieldPath> idsSoFar = new HashMap<>();
        List<Address> addressesSoFar = new ArrayList<>();
        List<NodeConfig> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) nodes.add(node(items.get(i), NODES.index(i), admin, idsSoFar, addressesSoFar));
        return nodes;
    }

    /** One node, checked against itself and against the nodes before it. */
    private NodeConfig node(Located<ClusterFile.Node> item, FieldPath at, AdminConfig admin, Map<String, FieldPath> idsSoFar,
                            List<Address> addressesSoFar) {
        ClusterFile.Node node = item.value();
        Located<String> id = require(node.id(), item.line(), at, "id", "the node's id, like id: n1");
        FieldPath earlier = idsSoFar.putIfAbsent(id.value(), at.key("id"));
        if (earlier != null) {
            throw error(id.line(), at.key("id"), "duplicate node id '" + id.value() + "' (also " + earlier + ")");
        }

        Address raft = new Address(require(node.raft(), item.line(), at, "raft",
                "the address peers reach it at, like raft: 127.0.0.1:7001"), at.key("raft"));
        Address adminAddress = new Address(require(node.admin(), item.line(), at, "admin",
                "the admin socket's address, like admin: 127.0.0.1:8001"), at.key("admin"));
        Address client = node.client() == null ? null : new Address(node.client(), at.key("client"));
        requireLoopback(adminAddress, admin);
        // The client port takes the admin token, so it follows the admin socket's rule.
        if (client != null) requireLoopback(client, admin);
        for (Address address : client == null ? List.of(raft, adminAddress) : List.of(raft, adminAddress, client)) {
            for (Address used : addressesSoFar) {
                if (used.value().sameAddress(address.value())) {
                    throw error(address.line(), address.path(),
                            "address " + address.value() + " is already used by " + used.path());
                }
            }
            addressesSoFar.add(address);
        }
        return new NodeConfig(id.value(), raft.value(), adminAddress.value(), client == null ? null : client.value());
    }

    /** An address of a node and where it was written. */
    private record Address(HostPort value, int line, FieldPath path) {
        Address(Located<HostPort> located, FieldPath path) {
            this(located.value(), located.line(), path);
        }
    }

    private void requireLoopback(Address address, AdminConfig admin) {
        if (!admin.allowRemote() && !address.value().isLoopback()) {
            throw error(address.line(), address.path(),
                    address.value() + " is not a loopback address, which needs admin.allow_remote: true");
        }
    }

    private RaftConfig raft(ClusterFile.Raft raft) {
        RaftConfig d = RaftConfig.DEFAULTS;
        if (raft == null) return d;
        Duration min = d.electionTimeoutMin();
        Duration max = d.electionTimeoutMax();
        Located<ClusterFile.ElectionTimeout> election = raft.electionTimeout();
        if (election != null) {
            min = orDefault(election.value().min(), min);
            max = orDefault(election.value().max(), max);
            if (min.compareTo(max) > 0) {
                throw error(election.line(), ELECTION_TIMEOUT, "min " + DurationText.format(min) + " is greater than max "
                        + DurationText.format(max));
            }
        }
        Duration heartbeat = raft.heartbeat() == null ? d.heartbeat() : raft.heartbeat().value();
        if (heartbeat.compareTo(min) >= 0) {
            // Blame the heartbeat if written; else the default one fails against the minimum, which was written.
            boolean written = raft.heartbeat() != null;
            throw error(written ? raft.heartbeat().line() : election.line(), written ? HEARTBEAT : ELECTION_TIMEOUT,
                    "the heartbeat (" + DurationText.format(heartbeat) + ") must be shorter than the minimum election timeout ("
                            + DurationText.format(min) + "), or followers would start elections under a healthy leader");
        }
        return new RaftConfig(heartbeat, min, max,
                orDefault(raft.preVote(), d.preVote()),
                orDefault(raft.checkQuorum(), d.checkQuorum()),
                orDefault(raft.maxEntriesPerMessage(), d.maxEntriesPerMessage()),
                orDefault(raft.maxInflight(), d.maxInflight()),
                raft.timers() == null ? d.timers() : raft.timers().on());
    }

    private static StorageConfig storage(ClusterFile.Storage storage) {
        return storage == null ? StorageConfig.DEFAULTS
                : new StorageConfig(orDefault(storage.fsync(), StorageConfig.DEFAULTS.fsync()));
    }

    private static AdminConfig admin(ClusterFile.Admin admin) {
        return admin == null ? AdminConfig.DEFAULTS
                : new AdminConfig(admin.tokenFile() == null ? null : admin.tokenFile().path(),
                        orDefault(admin.allowRemote(), AdminConfig.DEFAULTS.allowRemote()));
    }

    /** @param what what the key holds, for the error message: {@code the node's id, like id: n1} */
    private <T> Located<T> require(Located<T> value, int mappingLine, FieldPath mapping, String key, String what) {
        if (value == null) throw missing(mappingLine, mapping, key, what);
        return value;
    }

    private ConfigException missing(int line, FieldPath mapping, String key, String what) {
        return error(line, mapping, "missing field '" + key + "' (" + what + ")");
    }

    private ConfigException error(int line, FieldPath field, String problem) {
        return new ConfigException(fileName, line, field.toString(), problem);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
