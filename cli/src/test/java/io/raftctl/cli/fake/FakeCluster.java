package io.raftctl.cli.fake;

import io.raftctl.cli.Outcome;
import io.raftctl.cli.Raftctl;
import io.raftctl.cli.Session;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.cluster.LocalClusterSpec;
import io.raftctl.cli.output.OutputFormat;
import io.raftctl.cli.process.FreePorts;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fake admin servers for n1..nN plus a cluster file pointing at them (written by raftctl's own writer, so
 * the tests do not depend on the file format), with each node's token in its token file.
 */
public final class FakeCluster implements AutoCloseable {

    public final List<FakeNode> nodes = new ArrayList<>();
    public final Path file;
    public final ClusterView view;

    /** @param unreachable ids of nodes whose admin port is left closed */
    public FakeCluster(Path dir, int n, String... unreachable) throws IOException {
        List<Integer> adminPorts = new ArrayList<>();
        // The fake servers listen before the spare ports are picked, so that no spare port is one of theirs.
        for (int i = 1; i <= n; i++) {
            String id = "n" + i;
            if (!List.of(unreachable).contains(id)) nodes.add(new FakeNode(id));
        }
        List<Integer> spare = FreePorts.take(2 * n);
        for (int i = 1; i <= n; i++) {
            String id = "n" + i;
            adminPorts.add(List.of(unreachable).contains(id) ? spare.get(n + i - 1) : node(id).port());
        }
        file = dir.resolve("raftctl.yaml");
        ClusterFiles.writeLocalDefault(file, new LocalClusterSpec("test", n, spare.subList(0, n), adminPorts,
                Path.of(".raftctl"), true, true, true));
        view = ClusterFiles.load(file);
        for (FakeNode node : nodes) {
            Path token = view.tokenFile(node.id);
            Files.createDirectories(token.getParent());
            Files.writeString(token, node.token + "\n");
        }
    }

    public FakeNode node(String id) {
        return nodes.stream().filter(n -> n.id.equals(id)).findFirst().orElseThrow();
    }

    /** Runs a line against this cluster, capturing output. */
    public Result run(String line) {
        return run(line, OutputFormat.TEXT);
    }

    public Result run(String line, OutputFormat format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
                .withDefaults(file, format, false);
        Outcome outcome = Raftctl.executeLine(session, line);
        return new Result(outcome.exitCode(), out.toString(), err.toString(), outcome.error());
    }

    /** What a line did. */
    public record Result(int exitCode, String out, String err, String error) {
    }

    @Override
    public void close() {
        nodes.forEach(FakeNode::close);
    }
}
