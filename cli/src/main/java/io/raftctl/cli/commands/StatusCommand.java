package io.raftctl.cli.commands;

import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.client.AdminClient;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.Json;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.raftctl.cli.output.StatusText.leader;
import static io.raftctl.cli.output.StatusText.network;
import static io.raftctl.cli.output.StatusText.number;
import static io.raftctl.cli.output.StatusText.onOff;
import static io.raftctl.cli.output.StatusText.role;
import static io.raftctl.cli.output.StatusText.triggers;

@Command(name = "status", description = {
        "One row per node: role, term, leader, commit and applied index, last log index and term, timers,"
                + " armed triggers, network state, reachable.",
        "Exit 3 if a named node, or every node, is unreachable."})
public final class StatusCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*", description = "Nodes to show (default: all).")
    List<String> nodes;

    @Override
    protected void execute() {
        ClusterClient clients = clients();
        List<NodeReply<AdminDtos.Status>> replies = clients.onEach(cluster().select(nodes), AdminClient::status);
        Output out = out();
        if (out.json()) {
            out.document(document(replies));
        } else {
            out.table(table(replies));
            // A node whose disk failed shows as CRASHED; say why, since only a restart of its process helps.
            for (NodeReply<AdminDtos.Status> r : replies) {
                String error = r.value() == null ? null : r.value().applyError();
                if (error != null && error.startsWith("storage failed")) out.warn(r.id() + ": " + error);
            }
            warnIfNoFsync(out, replies);
        }
        boolean named = nodes != null && !nodes.isEmpty();
        if (named) {
            replies.stream().filter(r -> !r.reachable()).findFirst().ifPresent(r -> {
                throw r.unreachable();
            });
        }
        clients.requireSomeReachable(replies);
    }

    /** A cluster without fsync can lose acknowledged writes: say so where nobody can miss it. */
    static void warnIfNoFsync(Output out, List<NodeReply<AdminDtos.Status>> replies) {
        List<String> off = replies.stream().filter(NodeReply::reachable).filter(r -> !r.value().fsync())
                .map(NodeReply::id).toList();
        if (!off.isEmpty()) {
            out.warn(out.style("fsync: false", Style.BOLD_RED) + " on " + String.join(", ", off)
                    + ": acknowledged writes can be lost in a crash (storage.fsync in the cluster file; experiments only)");
        }
    }

    static Table table(List<NodeReply<AdminDtos.Status>> replies) {
        Table t = new Table().column("ID").column("ROLE", Style::forRole).column("TERM").column("LEADER")
                .column("COMMIT").column("APPLIED").column("LAST-INDEX").column("LAST-TERM").column("TIMERS")
                .column("TRIGGERS").column("NETWORK").column("REACHABLE", v -> "no".equals(v) ? Style.RED : Style.PLAIN);
        for (NodeReply<AdminDtos.Status> r : replies) {
            AdminDtos.Status s = r.value();
            if (s == null) {
                t.row(r.id(), "", "", "", "", "", "", "", "", "", "", "no");
            } else {
                t.row(r.id(), role(s), number(s.term()), leader(s), number(s.commit()), number(s.applied()),
                        number(s.lastIndex()), number(s.lastTerm()), onOff(s.timers()), triggers(s.triggers()),
                        network(s), "yes");
            }
        }
        return t;
    }

    /** {@code {"nodes": [...]}}: each node's status, or its admin address and why it did not answer. */
    static Map<String, Object> document(List<NodeReply<AdminDtos.Status>> replies) {
        List<Object> docs = new ArrayList<>();
        for (NodeReply<AdminDtos.Status> r : replies) docs.add(jsonOf(r));
        return Map.of("nodes", docs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonOf(NodeReply<AdminDtos.Status> r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (r.reachable()) {
            doc.putAll(Json.MAPPER.convertValue(r.value(), LinkedHashMap.class));
            doc.put("reachable", true);
        } else {
            doc.put("id", r.id());
            doc.put("admin", r.node().admin().toString());
            doc.put("reachable", false);
            doc.put("error", r.unreachable().reason());
        }
        return doc;
    }
}
