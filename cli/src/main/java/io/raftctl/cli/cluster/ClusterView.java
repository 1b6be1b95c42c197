package io.raftctl.cli.cluster;

import io.raftctl.cli.CliException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The cluster file as raftctl uses it: node ids in file order, admin addresses, data and token files.
 * Node ids typed by the operator are validated here, so every command reports an unknown id the same way.
 */
public final class ClusterView {

    private final Path file;
    private final String name;
    private final List<ClusterNode> nodes;
    private final Function<String, Path> dataDir;
    private final Function<String, Path> tokenFile;

    public ClusterView(Path file, String name, List<ClusterNode> nodes, Function<String, Path> dataDir,
                       Function<String, Path> tokenFile) {
        this.file = file;
        this.name = name;
        this.nodes = List.copyOf(nodes);
        this.dataDir = dataDir;
        this.tokenFile = tokenFile;
    }

    /** The cluster file this view was read from (absolute). */
    public Path file() {
        return file;
    }

    public String name() {
        return name;
    }

    /** Every node, in file order. */
    public List<ClusterNode> nodes() {
        return nodes;
    }

    public List<String> ids() {
        return nodes.stream().map(ClusterNode::id).toList();
    }

    public Optional<ClusterNode> find(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** @throws CliException exit 2 {@code unknown node 'n9' (cluster has n1, n2, n3)} */
    public ClusterNode node(String id) {
        return find(id).orElseThrow(() -> CliException.usage(
                "unknown node '" + id + "' (cluster has " + String.join(", ", ids()) + ")"));
    }

    /** The named nodes (each validated, duplicates dropped), or every node when none is named. */
    public List<ClusterNode> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) return nodes;
        Set<ClusterNode> selected = new LinkedHashSet<>();
        for (String id : ids) selected.add(node(id));
        return new ArrayList<>(selected);
    }

    /** The node's own data directory ({@code <data_dir>/<id>}), absolute. */
    public Path dataDir(String id) {
        return dataDir.apply(id);
    }

    /** Where the node's admin token is. */
    public Path tokenFile(String id) {
        return tokenFile.apply(id);
    }

    /** {@code <data dir>/raftd.pid}, written by the daemon at start and deleted at graceful exit. */
    public Path pidFile(String id) {
        return dataDir(id).resolve("raftd.pid");
    }

    public Path logFile(String id) {
        return dataDir(id).resolve("raftd.log");
    }

    /** Where raftctl sends a started daemon's standard output and error. */
    public Path outFile(String id) {
        return dataDir(id).resolve("raftd.out");
    }
}
