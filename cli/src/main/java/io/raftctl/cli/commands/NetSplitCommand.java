package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.CliException;
import io.raftctl.cli.cluster.ClusterView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Command(name = "split", description = {
        "Partition the cluster: only nodes of the same group talk; a node in no group is alone.",
        "GROUP is a comma-separated list of node ids: net split n1 n2,n3"})
public final class NetSplitCommand extends BaseCommand {

    @Parameters(paramLabel = "GROUP", completionCandidates = NodeIdCandidates.class, arity = "2..*", description = "At least two groups.")
    List<String> groups;

    @Override
    protected void execute() {
        List<List<String>> parsed = parseGroups(groups, cluster());
        PartitionBroadcast.Result r = PartitionBroadcast.send(ctx(), c -> c.split(parsed));
        boolean inForce = PartitionBroadcast.warnIfNotInForce(ctx(), NetRules.splitting(parsed), r);
        String shape = parsed.stream().map(g -> String.join(",", g)).collect(Collectors.joining(" | "));
        out().result("split " + shape + " (" + r.toldText() + ")", new Acks.PartitionAck("net split", r, null, parsed, inForce));
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
