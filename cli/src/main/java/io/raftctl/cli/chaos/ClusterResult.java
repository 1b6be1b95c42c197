package io.raftctl.cli.chaos;

import java.util.List;
import java.util.Map;

/**
 * What the end-of-run checks found in one cluster.
 *
 * @param indeterminateLanded indeterminate writes found in the log (the rest never took effect)
 * @param lost                acknowledged writes missing from the committed log
 * @param duplicated          writes applied more than once
 * @param failedButApplied    writes the client was told certainly failed, found in the log
 * @param unexpected          committed commands no client issued
 * @param logsAgree           every node holds the same log up to the commit index
 * @param statesAgree         every node's state machine equals the others' and a replay of the committed log
 * @param problems            one line per violation (the first few of each kind)
 */
record ClusterResult(String name, String machine, long acknowledged, long failed, long indeterminate,
                     long indeterminateLanded, long lost, long duplicated, long failedButApplied, long unexpected,
                     long committed, boolean logsAgree, boolean statesAgree, List<String> problems,
                     Map<String, Long> reasons) {

    boolean passed() {
        return lost == 0 && duplicated == 0 && failedButApplied == 0 && unexpected == 0 && logsAgree && statesAgree
                && problems.isEmpty();
    }
}
