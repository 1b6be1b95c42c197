package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.completion.NodeIdCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The partition rules (isolate, reconnect, split, heal: see {@link PartitionBroadcast}) and held messages. */
@Command(name = "net", description = {
        "Network faults.",
        "isolate, reconnect, split and heal are sent to every node at once; each node enforces them on what it sends"
                + " and receives, so a pair of nodes is cut once either end has the rule. An unreachable node is skipped"
                + " with a warning, and the command fails (exit 3) only if no node could be told.",
        "These rules survive a node's restart: each node keeps them beside its data until net heal.",
        "hold, deliver, release and pending act on the named nodes (default: all)."})
public final class NetCommand extends GroupCommand {

    /**
     * A partition change acknowledged: the nodes told, the change ({@code node} or {@code groups}), the nodes that
     * missed it (only when some did), and for a cut, whether it holds (a pair is cut once either end has the rule).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartitionAck(boolean ok, String action, List<String> nodes, String node, List<List<String>> groups,
                        List<String> missed, @JsonProperty("in_force") Boolean inForce) {

        PartitionAck(String action, PartitionBroadcast.Result result, String node, List<List<String>> groups, Boolean inForce) {
            this(true, action, result.told(), node, groups, result.missed().isEmpty() ? null : result.missed(), inForce);
        }
    }

    /** {@code count} only when {@code --count} was given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliverAck(boolean ok, String action, List<String> nodes, Integer count) {
    }

    /** Each node's queued messages, by node id. */
    record PendingMessages(Map<String, List<String>> pending) {
    }

    @Override
    List<Object> verbs() {
        return List.of("isolate", "reconnect", "split", "heal", "hold", "deliver", "release", "pending");
    }

    @Command(name = "isolate", description = "Cut NODE off from every peer, both directions.")
    void isolate(@Mixin NodeParameter node) throws Exception {
        run(() -> {
            cluster().node(node.id);
            PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.isolate(node.id));
            boolean inForce = PartitionBroadcast.warnIfNotInForce(ctx(), NetRules.isolating(node.id), r);
            out().result(node.id + " isolated (" + r.toldText() + ")", new PartitionAck("net isolate", r, node.id, null, inForce));
        });
    }

    @Command(name = "reconnect", description = "Undo 'net isolate NODE'.")
    void reconnect(@Mixin NodeParameter node) throws Exception {
        run(() -> {
            cluster().node(node.id);
            PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.reconnect(node.id));
            PartitionBroadcast.warnOfOldRules(ctx(), r);
            out().result(node.id + " reconnected (" + r.toldText() + ")", new PartitionAck("net reconnect", r, node.id, null, null));
        });
    }

    @Command(name = "split", description = {
            "Partition the cluster: only nodes of the same group talk; a node in no group is alone.",
            "GROUP is a comma-separated list of node ids: net split n1 n2,n3"})
    void split(@Parameters(index = "0..*", paramLabel = "GROUP", completionCandidates = NodeIdCandidates.class, arity = "2..*",
            description = "At least two groups.") List<String> groups) throws Exception {
        run(() -> {
            List<List<String>> parsed = parseGroups(groups, cluster());
            PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.split(parsed));
            boolean inForce = PartitionBroadcast.warnIfNotInForce(ctx(), NetRules.splitting(parsed), r);
            String shape = parsed.stream().map(g -> String.join(",", g)).collect(Collectors.joining(" | "));
            out().result("split " + shape + " (" + r.toldText() + ")", new PartitionAck("net split", r, null, parsed, inForce));
        });
    }

    @Command(name = "heal", description = "Remove every partition and isolation.")
    void heal() throws Exception {
        run(() -> {
            PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), NodeAdmin::heal);
            PartitionBroadcast.warnOfOldRules(ctx(), r);
            out().result("network healed (" + r.toldText() + ")", new PartitionAck("net heal", r, null, null, null));
        });
    }

    @Command(name = "hold", description = {
            "Queue NODE's outgoing Raft messages instead of sending them (default: every node).",
            "Partitions apply when a message is delivered, not when it is queued.",
            "On the simulator (raftctl run --sim) held messages are the ones in flight: they wait for net deliver, net"
                    + " release, or the simulator-only lines deliver, drop and stabilize."})
    void hold(@Mixin NodeList nodes) throws Exception {
        run(() -> {
            List<String> done = Targets.ids(Targets.apply(ctx(), nodes.ids, NodeAdmin::hold));
            Acks.many(out(), "net hold", done, "holding outgoing messages at " + String.join(", ", done));
        });
    }

    @Command(name = "deliver", description = "Send up to N (default: all) queued messages of each NODE (default: every node), oldest first.")
    void deliver(@Mixin NodeList nodes,
                 @Option(names = "--count", paramLabel = "N", description = "At most N messages per node.") Integer count)
            throws Exception {
        run(() -> {
            if (count != null && count < 0) throw CliException.usage("--count must not be negative");
            List<String> done = Targets.ids(Targets.apply(ctx(), nodes.ids, c -> c.deliver(count)));
            String what = count == null ? "every queued message" : "up to " + count + " queued message" + (count == 1 ? "" : "s");
            out().result("delivered " + what + " of " + String.join(", ", done), new DeliverAck(true, "net deliver", done, count));
        });
    }

    @Command(name = "release", description = "Stop holding at NODE (default: every node) and deliver what is queued.")
    void release(@Mixin NodeList nodes) throws Exception {
        run(() -> {
            List<String> done = Targets.ids(Targets.apply(ctx(), nodes.ids, NodeAdmin::release));
            Acks.many(out(), "net release", done, "released held messages of " + String.join(", ", done));
        });
    }

    @Command(name = "pending", description = "List NODE's queued messages in trace shorthand (default: every node).")
    void pending(@Mixin NodeList nodes) throws Exception {
        run(() -> {
            List<NodeReply<AdminDtos.Pending>> replies = Targets.apply(ctx(), nodes.ids, NodeAdmin::pending);
            Map<String, List<String>> byNode = new LinkedHashMap<>();
            for (NodeReply<AdminDtos.Pending> r : replies) {
                byNode.put(r.id(), r.value().pending() == null ? List.of() : r.value().pending());
            }
            if (out().json()) {
                out().document(new PendingMessages(byNode));
                return;
            }
            byNode.forEach((id, messages) -> {
                out().line(id + ": " + (messages.isEmpty() ? "nothing queued" : messages.size() + " queued"));
                for (int i = 0; i < messages.size(); i++) out().line("  " + (i + 1) + ". " + messages.get(i));
            });
        });
    }

    /** @throws CliException exit 2 for an unknown id, an id in two groups, an empty group, or fewer than 2 groups */
    static List<List<String>> parseGroups(List<String> args, ClusterView cluster) {
        if (args == null || args.size() < 2) throw CliException.usage("net split needs at least two groups, e.g. 'net split n1 n2,n3'");
        Set<String> seen = new HashSet<>();
        List<List<String>> groups = new ArrayList<>();
        for (String arg : args) {
            List<String> group = new ArrayList<>();
            for (String id : arg.split(",")) {
                String trimmed = id.strip();
                if (trimmed.isEmpty()) throw CliException.usage("empty node id in group '" + arg + "'");
                cluster.node(trimmed);
                if (!seen.add(trimmed)) throw CliException.usage("node " + trimmed + " is in more than one group");
                group.add(trimmed);
            }
            groups.add(group);
        }
        return groups;
    }
}
