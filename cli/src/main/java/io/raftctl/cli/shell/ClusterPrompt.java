package io.raftctl.cli.shell;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.AdminHttp;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterFiles;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.output.Style;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The shell's prompt: {@code raftctl[local leader=n1]> }, the cluster's name and its current leader, asked
 * of every node after each line. A node that does not answer within a short timeout is shown as down, so
 * an unreachable cluster never holds the prompt back for long.
 */
final class ClusterPrompt {

    /** Long enough for a loaded machine to answer over loopback; a node that is down refuses at once anyway. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final Path config;
    private final boolean color;
    private final AdminHttp http = AdminHttp.client().withTimeouts(TIMEOUT, TIMEOUT);

    ClusterPrompt(Path config, boolean color) {
        this.config = config;
        this.color = color;
    }

    String prompt() {
        ClusterView cluster;
        try {
            cluster = ClusterFiles.load(config);
        } catch (CliException e) {
            return Style.CYAN.apply("raftctl> ", color);
        }
        List<NodeReply<AdminDtos.Status>> replies;
        try {
            replies = new ClusterClient(cluster, http).statusAll();
        } catch (RuntimeException e) {
            // A node that refuses the token, say: the prompt still shows the cluster; the commands say why.
            return text(cluster.name(), null, List.of(), List.of(), false, color);
        }
        List<String> down = new ArrayList<>();
        List<String> crashed = new ArrayList<>();
        for (NodeReply<AdminDtos.Status> r : replies) {
            if (!r.reachable()) down.add(r.id());
            else if (r.value().crashed()) crashed.add(r.id());
        }
        String leader = replies.stream().filter(NodeReply::reachable)
                .filter(r -> !r.value().crashed() && "LEADER".equals(r.value().role()))
                .max(Comparator.comparingLong(r -> r.value().term() == null ? -1 : r.value().term()))
                .map(NodeReply::id).orElse(null);
        return text(cluster.name(), leader, down, crashed, down.size() == replies.size(), color);
    }

    /** {@code raftctl[local leader=n1]> }, {@code raftctl[local no leader, n3 down]> }, {@code raftctl[local all down]> } */
    static String text(String cluster, String leader, List<String> down, List<String> crashed, boolean allDown, boolean color) {
        StringBuilder b = new StringBuilder(Style.CYAN.apply("raftctl[", color)).append(Style.CYAN.apply(cluster, color)).append(' ');
        if (allDown) {
            b.append(Style.RED.apply("all down", color));
        } else {
            b.append(leader == null ? Style.YELLOW.apply("no leader", color) : Style.BOLD_GREEN.apply("leader=" + leader, color));
            if (!down.isEmpty()) b.append(", ").append(Style.RED.apply(String.join(" ", down) + " down", color));
            if (!crashed.isEmpty()) b.append(", ").append(Style.RED.apply(String.join(" ", crashed) + " crashed", color));
        }
        return b.append(Style.CYAN.apply("]> ", color)).toString();
    }
}
