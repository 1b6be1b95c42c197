package io.raftctl.trace;

import io.raftctl.raft.TraceRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 38 rows of Section 1 of the seed document, as the three nodes would have recorded them. */
final class SeedSection1 {

    static final List<String> MEMBERS = List.of("n1", "n2", "n3");
    static final String TITLE = "Normal election";

    /** node | role after the row | op | delta, in the seed's order. */
    private static final String[] ROWS = {
            "N-1 | CNDI | NEW ROLE |",
            "N-1 | CNDI | p_v_r+N-2 t-1 li-0 lt-0 |",
            "N-1 | CNDI | p_v_r+N-3 t-1 li-0 lt-0 |",
            "N-2 | FLWR | N-1+p_v_r t-1 li-0 lt-0 |",
            "N-2 | FLWR | p_v+N-1 yes-True |",
            "N-3 | FLWR | N-1+p_v_r t-1 li-0 lt-0 |",
            "N-3 | FLWR | p_v+N-1 yes-True |",
            "N-1 | CNDI | N-2+p_v yes-True | t-1",
            "N-1 | CNDI | poll+N-2 t-1 li-0 lt-1 |",
            "N-1 | CNDI | poll+N-3 t-1 li-0 lt-1 |",
            "N-1 | CNDI | N-3+p_v yes-True |",
            "N-2 | FLWR | N-1+poll t-1 li-0 lt-1 | t-1",
            "N-2 | FLWR | vote+N-1 yes-True |",
            "N-3 | FLWR | N-1+poll t-1 li-0 lt-1 | t-1",
            "N-3 | FLWR | vote+N-1 yes-True |",
            "N-1 | LEAD | N-2+vote yes-True | lt-1 li-1",
            "N-1 | LEAD | NEW ROLE |",
            "N-1 | LEAD | ae+N-2 t-1 i-0 lt-0 e-1 c-0 |",
            "N-1 | LEAD | ae+N-3 t-1 i-0 lt-0 e-1 c-0 |",
            "N-1 | LEAD | N-3+vote yes-True |",
            "N-2 | FLWR | N-1+ae t-1 i-0 lt-0 e-1 c-0 | lt-1 li-1",
            "N-2 | FLWR | N-2+ae_reply ok-True mi-1 |",
            "N-3 | FLWR | N-1+ae t-1 i-0 lt-0 e-1 c-0 | lt-1 li-1",
            "N-3 | FLWR | N-3+ae_reply ok-True mi-1 |",
            "N-1 | LEAD | N-2+ae_reply ok-True mi-1 | ci-1",
            "N-1 | LEAD | N-3+ae_reply ok-True mi-1 |",
            "N-1 | LEAD | CMD START |",
            "N-1 | LEAD | ae+N-2 t-1 i-1 lt-1 e-1 c-1 | li-2",
            "N-1 | LEAD | ae+N-3 t-1 i-1 lt-1 e-1 c-1 |",
            "N-2 | FLWR | N-1+ae t-1 i-1 lt-1 e-1 c-1 | li-2",
            "N-2 | FLWR | N-2+ae_reply ok-True mi-2 |",
            "N-3 | FLWR | N-1+ae t-1 i-1 lt-1 e-1 c-1 | li-2",
            "N-3 | FLWR | N-3+ae_reply ok-True mi-2 |",
            "N-1 | LEAD | N-2+ae_reply ok-True mi-2 | ci-2",
            "N-1 | LEAD | N-3+ae_reply ok-True mi-2 |",
            "N-2 | FLWR | N-1+ae t-1 i-2 lt-1 e-0 c-2 | ci-2",
            "N-3 | FLWR | N-1+ae t-1 i-2 lt-1 e-0 c-2 | ci-2",
            "N-1 | LEAD | CMD DONE | "
    };

    private SeedSection1() {
    }

    /**
     * Each node's rows: a section marker at clock 1, then the seed's rows with clock = 1 + their row
     * number, so that the merge must reproduce the seed's order.
     */
    static Map<String, List<TraceRow>> rowsByNode() {
        Map<String, List<TraceRow>> byNode = new LinkedHashMap<>();
        for (String id : MEMBERS) {
            List<TraceRow> rows = new ArrayList<>();
            rows.add(new TraceRow(id, 1, 1, TraceRow.Kind.SECTION, "FLWR", TITLE, ""));
            byNode.put(id, rows);
        }
        for (int i = 0; i < ROWS.length; i++) {
            String[] cells = ROWS[i].split("\\|", -1);
            String node = "n" + cells[0].strip().substring(2);
            String op = cells[2].strip();
            List<TraceRow> rows = byNode.get(node);
            rows.add(new TraceRow(node, 2 + i, rows.size() + 1, kindOf(cells[0].strip(), op), cells[1].strip(), op, cells[3].strip()));
        }
        return byNode;
    }

    /** "N-x+code" is a receive, except an ae_reply naming the acting node itself: the seed's form of its send. */
    private static TraceRow.Kind kindOf(String name, String op) {
        if (op.startsWith(name + "+ae_reply")) return TraceRow.Kind.SEND;
        if (op.startsWith("N-")) return TraceRow.Kind.RECEIVE;
        return op.contains("+N-") ? TraceRow.Kind.SEND : TraceRow.Kind.EVENT;
    }
}
