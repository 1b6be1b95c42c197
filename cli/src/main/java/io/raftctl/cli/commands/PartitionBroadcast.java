package io.raftctl.cli.commands;

import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends a partition change to every node at once and tells which nodes have it. A partition is the
 * cluster's, so every node is told; each enforces it on what it sends and what it receives, so a pair of
 * nodes is cut once either end has the rule. An unreachable node is skipped with a warning (the change
 * fails, exit 3, only if no node answered); a node that answers with a refusal fails the command, saying
 * where the change is in place all the same.
 */
final class PartitionBroadcast {

    /** Who acknowledged the change and who did not. */
    record Result(List<String> told, List<String> missed) {

        /** {@code told n1, n2, n3}, or {@code told n1, n3; n2 did not acknowledge}. */
        String toldText() {
            return "told " + String.join(", ", told)
                    + (missed.isEmpty() ? "" : "; " + String.join(", ", missed) + " did not acknowledge");
        }
    }

    private PartitionBroadcast() {
    }

    static Result send(CommandContext ctx, Function<NodeAdmin, AdminDtos.Ack> change) {
        List<NodeReply<Optional<CliException>>> replies = ctx.clients().onEach(ctx.cluster().nodes(), c -> refusalOf(c, change));
        ctx.clients().requireSomeReachable(replies);
        List<String> told = replies.stream().filter(r -> r.reachable() && r.value().isEmpty()).map(NodeReply::id).toList();
        List<String> missed = replies.stream().filter(r -> !r.reachable() || r.value().isPresent()).map(NodeReply::id).toList();
        List<NodeReply<Optional<CliException>>> refused = replies.stream().filter(r -> r.reachable() && r.value().isPresent()).toList();
        if (told.isEmpty()) throw refused.get(0).value().get();
        for (NodeReply<Optional<CliException>> r : replies) {
            if (!r.reachable()) ctx.output().warn(r.unreachable().getMessage() + "; skipped it");
        }
        if (!refused.isEmpty()) {
            NodeReply<Optional<CliException>> first = refused.get(0);
            CliException why = first.value().get();
            throw new CliException(why.exitCode(), first.id() + ": " + why.getMessage() + "; the change is in place at "
                    + String.join(", ", told) + " only", why);
        }
        return new Result(told, missed);
    }

    /** Warns of the pairs {@code rules} cut where neither end acknowledged them: those nodes still talk. */
    static boolean warnIfNotInForce(CommandContext ctx, NetRules rules, Result result) {
        List<String> open = rules.pairsNotCutYet(ctx.cluster().ids(), result.told());
        if (!open.isEmpty()) {
            ctx.output().warn("not cut yet: " + String.join(", ", open) + " (neither end acknowledged); run the command again"
                    + " once they answer");
        }
        return open.isEmpty();
    }

    /** After a change that lifts rules: a node that missed it still cuts what its old rules cut. */
    static void warnOfOldRules(CommandContext ctx, Result result) {
        if (result.missed().isEmpty()) return;
        boolean one = result.missed().size() == 1;
        ctx.output().warn(String.join(", ", result.missed()) + (one ? " still enforces the rules it had" : " still enforce the rules they had")
                + " until told again ('raftctl up' gives a node it starts the rules of the running nodes)");
    }

    private static Optional<CliException> refusalOf(NodeAdmin c, Function<NodeAdmin, AdminDtos.Ack> change) {
        try {
            change.apply(c);
            return Optional.empty();
        } catch (NodeUnreachableException e) {
            throw e; // a reply without a value: skipped with a warning
        } catch (CliException e) {
            return Optional.of(e);
        }
    }
}
