package io.raftctl.cli.chaos;

import io.raftctl.check.LinearizabilityChecker;
import io.raftctl.cli.output.Table;

/** The summary of a chaos run as text: faults, writes by cluster, checks, verdict. */
public final class ChaosText {

    private ChaosText() {
    }

    public static String render(ChaosReport r, boolean color) {
        StringBuilder out = new StringBuilder("\n");
        Table faults = new Table().column("fault").column("injected");
        r.faults().forEach((k, v) -> faults.row(k.label(), v));
        faults.row("total", r.totalFaults());
        out.append(faults.render(color)).append('\n');

        Table writes = new Table().column("cluster").column("machine").column("acknowledged").column("failed")
                .column("indeterminate").column("(applied)").column("lost").column("duplicated").column("logs")
                .column("states");
        for (ClusterResult c : r.clusters()) {
            writes.row(c.name(), c.machine(), c.acknowledged(), c.failed(), c.indeterminate(), c.indeterminateLanded(),
                    c.lost(), c.duplicated(), c.logsAgree() ? "same" : "DIFFER", c.statesAgree() ? "same" : "DIFFER");
        }
        out.append(writes.render(color)).append('\n');

        LinearizabilityChecker.Result lin = r.linearizability();
        if (lin != null) {
            out.append("linearizability: ").append(lin.keys().size()).append(" keys, ").append(lin.operations())
                    .append(" operations checked: ").append(lin.linearizable() ? "linearizable" : "NOT linearizable").append('\n');
            if (r.historyFile() != null) {
                out.append("history: ").append(r.historyFile()).append(r.passed() && !r.options().keep() ? " (removed with the run; --keep keeps it)" : "").append('\n');
            }
            for (var f : r.nonLinearizableFiles()) out.append("not linearizable, saved for inspection: ").append(f).append('\n');
        }
        for (String p : r.problems()) out.append("problem: ").append(p).append('\n');
        out.append(r.passed()
                ? "PASS: " + r.acknowledged() + " acknowledged writes, none lost or applied twice; logs and states agree"
                + (lin != null ? "; the history is linearizable" : "") + " (" + r.elapsed().toSeconds() + "s)\n"
                : "FAIL: see the problems above; the run's files are in " + r.dir() + "\n");
        return out.toString();
    }
}
