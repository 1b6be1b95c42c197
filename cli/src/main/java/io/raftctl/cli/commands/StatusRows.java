package io.raftctl.cli.commands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.CommandContext;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.client.AdminCallException;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.output.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.raftctl.cli.output.StatusText.leader;
import static io.raftctl.cli.output.StatusText.network;
import static io.raftctl.cli.output.StatusText.number;
import static io.raftctl.cli.output.StatusText.onOff;
import static io.raftctl.cli.output.StatusText.role;
import static io.raftctl.cli.output.StatusText.triggers;

/**
 * The rows of {@code status} and {@code watch status}: each node's status, or why it has none. A node that does
 * not answer is told apart from one that is not running at all, and one that refuses raftctl's token still gets
 * its row (the others are shown all the same).
 */
final class StatusRows {

    /** Why a node has no status. */
    enum Problem {
        NOT_RUNNING("not running"), UNREACHABLE("no"), TOKEN_REJECTED("token rejected");

        final String text;

        Problem(String text) {
            this.text = text;
        }
    }

    /** One node's row: its status, or a problem and the sentence that explains it. */
    record Row(ClusterNode node, AdminDtos.Status status, Problem problem, CliException error) {
        String id() {
            return node.id();
        }

        boolean answered() {
            return status != null;
        }
    }

    /** The columns that hold a node's default when nothing is wrong; a compact table leaves them out if all do. */
    private static final Map<String, String> QUIET_VALUES = Map.of("TRIGGERS", "-", "NETWORK", "ok", "REACHABLE", "yes");

    private StatusRows() {
    }

    static List<Row> fetch(CommandContext ctx, List<String> named) {
        List<NodeReply<Row>> replies = ctx.clients().onEach(ctx.cluster().select(named), client -> {
            try {
                return new Row(client.node(), client.status(), null, null);
            } catch (AdminCallException e) {
                if (e.httpStatus() != 401) throw e;
                return new Row(client.node(), null, Problem.TOKEN_REJECTED, e);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (NodeReply<Row> r : replies) {
            if (r.reachable()) {
                rows.add(r.value());
                continue;
            }
            NodeUnreachableException e = r.unreachable();
            boolean notRunning = e.hint() != null && ctx.backend().knownNotRunning(r.id());
            rows.add(new Row(r.node(), null, notRunning ? Problem.NOT_RUNNING : Problem.UNREACHABLE, e));
        }
        return rows;
    }

    /**
     * The status table. {@code compact}: leave out the columns in which every node shows the quiet default (no
     * trigger, network ok, reachable), for a terminal too narrow for all of them.
     */
    static Table table(List<Row> rows, boolean compact) {
        List<String> headers = List.of("ID", "ROLE", "TERM", "LEADER", "COMMIT", "APPLIED", "LAST-INDEX", "LAST-TERM",
                "TIMERS", "TRIGGERS", "NETWORK", "REACHABLE");
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) cells.add(cells(r));
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String quiet = QUIET_VALUES.get(headers.get(i));
            int column = i;
            if (compact && quiet != null && !cells.isEmpty() && cells.stream().allMatch(c -> c.get(column).equals(quiet))) continue;
            shown.add(i);
        }
        Table t = new Table();
        for (int i : shown) {
            String h = headers.get(i);
            if (h.equals("ROLE")) t.column(h, Style::forRole);
            else if (h.equals("REACHABLE")) t.column(h, v -> "yes".equals(v) ? Style.PLAIN : Style.RED);
            else t.column(h);
        }
        for (List<String> c : cells) t.row(shown.stream().map(c::get).toArray());
        return t;
    }

    private static List<String> cells(Row r) {
        AdminDtos.Status s = r.status();
        if (s == null) {
            List<String> blank = new ArrayList<>(List.of(r.id()));
            for (int i = 0; i < 10; i++) blank.add("-");
            blank.add(r.problem().text);
            return blank;
        }
        return List.of(r.id(), role(s), number(s.term()), leader(s), number(s.commit()), number(s.applied()),
                number(s.lastIndex()), number(s.lastTerm()), onOff(s.timers()), triggers(s.triggers()), network(s), "yes");
    }

    /** The document of {@code status} and of each refresh of {@code watch status}: one entry per row. */
    record Document(List<NodeDocument> nodes) {
    }

    /** A row in the document. */
    sealed interface NodeDocument permits Answered, Unanswered {
    }

    /** A node that answered: its status as the daemon gave it, then {@code reachable: true}. */
    record Answered(@JsonUnwrapped AdminDtos.Status status, boolean reachable) implements NodeDocument {
    }

    /** A node that did not: its admin address, what is wrong and why. */
    record Unanswered(String id, String admin, boolean reachable, String problem, String error) implements NodeDocument {
    }

    static Document document(List<Row> rows) {
        List<NodeDocument> nodes = new ArrayList<>();
        for (Row r : rows) {
            if (r.answered()) {
                nodes.add(new Answered(r.status(), true));
            } else {
                nodes.add(new Unanswered(r.id(), r.node().address(), false,
                        r.problem() == Problem.UNREACHABLE ? "unreachable" : r.problem().text,
                        r.error() instanceof NodeUnreachableException u ? u.reason() : r.error().getMessage()));
            }
        }
        return new Document(nodes);
    }

    /**
     * The exit status of a status display: exit 3 when a named node, every node, or any node refusing the token
     * did not answer (after the table is printed); the sentence says which and what to do.
     */
    static void requireAnswers(List<Row> rows, boolean named, String clusterName, ClusterClient.NoneRunning none) {
        for (Row r : rows) {
            if (r.problem() == Problem.TOKEN_REJECTED) {
                throw new CliException(ExitCodes.UNREACHABLE, r.error().getMessage(), r.error());
            }
        }
        if (named) {
            for (Row r : rows) if (!r.answered()) throw (NodeUnreachableException) r.error();
        }
        if (rows.isEmpty() || rows.stream().anyMatch(Row::answered)) return;
        if (rows.size() == 1) throw (NodeUnreachableException) rows.get(0).error();
        boolean noneRunning = rows.stream().allMatch(r -> r.problem() == Problem.NOT_RUNNING);
        throw new CliException(ExitCodes.UNREACHABLE, "no node of cluster " + clusterName + " is reachable"
                + (noneRunning ? " (" + none.why() + "): " + none.remedy()
                : " (" + String.join("; ", rows.stream().map(r -> r.id() + " " + r.node().address() + ": "
                + ((NodeUnreachableException) r.error()).reason()).toList()) + ")"));
    }
}
