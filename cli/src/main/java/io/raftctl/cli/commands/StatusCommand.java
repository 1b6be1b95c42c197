package io.raftctl.cli.commands;

import io.raftctl.cli.Session;
import io.raftctl.cli.completion.NodeIdCandidates;
import io.raftctl.cli.output.Output;
import io.raftctl.cli.output.Style;
import io.raftctl.cli.output.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "status", description = {
        "One row per node: role, term, leader, commit and applied index, last log index and term, timers,"
                + " armed triggers, network state, reachable (yes, no, not running, token rejected).",
        "On a terminal too narrow for every column, the columns in which all nodes show the quiet default"
                + " (no triggers, network ok, reachable) are left out; -o wide always shows every column.",
        "Exit 3 if a named node, or every node, is unreachable, or a node rejects the admin token."})
public final class StatusCommand extends BaseCommand {

    @Parameters(paramLabel = "NODE", completionCandidates = NodeIdCandidates.class, arity = "0..*", description = "Nodes to show (default: all).")
    List<String> nodes;

    @Override
    protected void execute() {
        List<StatusRows.Row> rows = StatusRows.fetch(ctx(), nodes);
        Output out = out();
        if (out.json()) {
            out.document(StatusRows.document(rows));
        } else {
            out.table(table(rows, out, ctx().session()));
            warnIfStoppedOrRecovering(out, rows);
            warnIfNoFsync(out, rows);
        }
        StatusRows.requireAnswers(rows, nodes != null && !nodes.isEmpty(), cluster().name(), clients().noneRunning());
    }

    /** Every column, unless the terminal is too narrow for them (and -o wide does not ask for all). */
    static Table table(List<StatusRows.Row> rows, Output out, Session session) {
        Table full = StatusRows.table(rows, false);
        if (out.wide()) return full;
        int width = session.width();
        return width > 0 && full.width() > width ? StatusRows.table(rows, true) : full;
    }

    /**
     * A node whose disk or engine failed shows as CRASHED: say why, since only a restart of its process helps. A
     * recovering node looks like any follower: say that it does not vote.
     */
    static void warnIfStoppedOrRecovering(Output out, List<StatusRows.Row> rows) {
        for (StatusRows.Row r : rows) {
            if (r.status() == null) continue;
            String error = r.status().applyError();
            if (error != null && (error.startsWith("storage failed") || error.startsWith("engine failed"))) {
                out.warn(r.id() + ": " + error);
            }
            String recovering = r.status().recovering();
            if (recovering != null) {
                out.warn(r.id() + ": recovering: " + recovering + "; it neither votes nor campaigns until it has"
                        + " caught up with a leader");
            }
        }
    }

    /** A cluster without fsync can lose acknowledged writes: say so where nobody can miss it. */
    static void warnIfNoFsync(Output out, List<StatusRows.Row> rows) {
        List<String> off = rows.stream().filter(StatusRows.Row::answered).filter(r -> !r.status().fsync())
                .map(StatusRows.Row::id).toList();
        if (!off.isEmpty()) {
            out.warn(out.style("fsync: false", Style.BOLD_RED) + " on " + String.join(", ", off)
                    + ": acknowledged writes can be lost in a crash (storage.fsync in the cluster file; experiments only)");
        }
    }
}
