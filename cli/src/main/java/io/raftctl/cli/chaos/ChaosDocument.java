package io.raftctl.cli.chaos;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What {@code chaos -o json} prints (docs/json-output.md): the run's figures, each cluster's, and the checks'.
 * {@code linearizable} is null and {@code linearizability} absent without a kv cluster.
 */
public record ChaosDocument(boolean ok, long seed, @JsonProperty("duration_s") long durationS,
                            @JsonProperty("elapsed_s") long elapsedS, int nodes, long acknowledged, long failed,
                            long indeterminate, long lost, long duplicated, Boolean linearizable,
                            Map<String, Integer> faults, List<Cluster> clusters,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Linearizability linearizability,
                            List<String> problems, String dir, boolean kept) {

    /** One cluster's writes by fate, and whether its nodes agree. */
    public record Cluster(String name, @JsonProperty("state_machine") String stateMachine, long acknowledged, long failed,
                          long indeterminate, @JsonProperty("indeterminate_applied") long indeterminateApplied, long lost,
                          long duplicated, @JsonProperty("failed_but_applied") long failedButApplied, long unexpected,
                          @JsonProperty("committed_entries") long committedEntries,
                          @JsonProperty("logs_agree") boolean logsAgree, @JsonProperty("states_agree") boolean statesAgree,
                          @JsonProperty("outcomes_by_reason") Map<String, Long> outcomesByReason) {
    }

    /** The kv history's check: the keys and operations checked, the keys that failed, and where the history is. */
    public record Linearizability(int keys, @JsonProperty("operations_checked") int operationsChecked,
                                  @JsonProperty("failed_keys") List<String> failedKeys,
                                  @JsonProperty("history_file") String historyFile,
                                  @JsonProperty("non_linearizable_files") List<String> nonLinearizableFiles) {
    }
}
