package io.raftctl.cli.commands;

import io.raftctl.cli.CliException;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.client.NodeAdmin;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.output.Output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * After {@code up} has started nodes: gives each the partition rules of the nodes that were already running,
 * so that every node agrees. A started node that missed a change while it was down is cut all the same (the
 * running nodes drop its traffic across their rules), but only once it agrees do its own status and its own
 * sends follow them, and only then does a later restart with nobody else running keep them. When no other node
 * runs, each started node keeps the rules it had saved; if the running nodes disagree, nothing is changed.
 */
final class NetRulesSync {

    private final ClusterClient clients;
    private final Output out;

    NetRulesSync(ClusterClient clients, Output out) {
        this.clients = clients;
        this.out = out;
    }

    /** @return the started nodes whose rules were replaced, in cluster order */
    List<String> sync(List<String> started) {
        if (started.isEmpty()) return List.of();
        Map<String, NetRules> running = new LinkedHashMap<>();
        Map<String, NetRules> fresh = new LinkedHashMap<>();
        for (NodeReply<Optional<NetRules>> r : clients.onEach(clients.cluster().nodes(), NetRulesSync::rulesOf)) {
            if (!r.reachable() || r.value().isEmpty()) continue; // a node that does not answer has nothing to say
            (started.contains(r.id()) ? fresh : running).put(r.id(), r.value().get());
        }
        if (running.isEmpty()) {
            if (new LinkedHashSet<>(fresh.values()).size() > 1) {
                out.warn("the nodes just started hold different network rules (" + each(fresh) + "); 'net heal', or"
                        + " 'net isolate'/'net split' again, makes them agree");
            }
            return List.of();
        }
        if (new LinkedHashSet<>(running.values()).size() > 1) {
            out.warn("the running nodes hold different network rules (" + each(running) + "), so "
                    + String.join(", ", fresh.keySet()) + " kept their own; 'net heal', or 'net isolate'/'net split'"
                    + " again, makes every node agree");
            return List.of();
        }
        NetRules rules = running.values().iterator().next();
        String source = String.join(", ", running.keySet());
        List<String> replaced = new ArrayList<>();
        for (Map.Entry<String, NetRules> e : fresh.entrySet()) {
            String id = e.getKey();
            if (e.getValue().equals(rules)) {
                if (!rules.equals(NetRules.NONE)) out.line(id + " has the network rules of " + source + ": " + rules.describe());
                continue;
            }
            try {
                clients.node(id).setNet(rules.isolatedList(), rules.groupsList());
                replaced.add(id);
                out.line(id + " now has the network rules of " + source + ": " + rules.describe()
                        + " (it had " + e.getValue().describe() + ")");
            } catch (CliException failed) {
                out.warn("could not give " + id + " the network rules of " + source + " (" + failed.getMessage()
                        + "); they still drop its traffic across them");
            }
        }
        return replaced;
    }

    private static Optional<NetRules> rulesOf(NodeAdmin node) {
        try {
            return Optional.of(NetRules.of(node.net()));
        } catch (NodeUnreachableException e) {
            throw e; // a reply without a value
        } catch (CliException e) {
            return Optional.empty(); // e.g. a token it no longer accepts: the sync is a courtesy, not a reason to fail 'up'
        }
    }

    private static String each(Map<String, NetRules> rules) {
        return rules.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().describe()).collect(Collectors.joining("; "));
    }
}
