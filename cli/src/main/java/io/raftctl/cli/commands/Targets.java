package io.raftctl.cli.commands;

import io.raftctl.cli.CommandContext;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterNode;

import java.util.List;
import java.util.function.Function;

/**
 * Runs an action at several nodes with one reachability policy: a node the operator named must answer
 * (else exit 3, after the others have acted); with no node named ("all nodes"), unreachable nodes are
 * skipped with a warning, and the command fails with exit 3 only if no node answered.
 */
final class Targets {

    private Targets() {
    }

    static <T> List<NodeReply<T>> apply(CommandContext ctx, List<String> named, Function<NodeAdmin, T> action) {
        List<ClusterNode> nodes = ctx.cluster().select(named);
        return apply(ctx, nodes, named != null && !named.isEmpty(), action);
    }

    /** @param mustAnswer every node in {@code nodes} must answer */
    static <T> List<NodeReply<T>> apply(CommandContext ctx, List<ClusterNode> nodes, boolean mustAnswer,
                                        Function<NodeAdmin, T> action) {
        List<NodeReply<T>> replies = ctx.clients().onEach(nodes, action);
        if (mustAnswer) {
            replies.stream().filter(r -> !r.reachable()).findFirst().ifPresent(r -> {
                warnSkipped(ctx, replies, r);
                throw r.unreachable();
            });
        } else {
            ctx.clients().requireSomeReachable(replies);
            warnSkipped(ctx, replies, null);
        }
        return replies.stream().filter(NodeReply::reachable).toList();
    }

    private static <T> void warnSkipped(CommandContext ctx, List<NodeReply<T>> replies, NodeReply<T> reported) {
        for (NodeReply<T> r : replies) {
            if (!r.reachable() && r != reported) ctx.output().warn(r.unreachable().getMessage() + "; skipped it");
        }
    }

    static List<String> ids(List<? extends NodeReply<?>> replies) {
        return replies.stream().map(NodeReply::id).toList();
    }
}
