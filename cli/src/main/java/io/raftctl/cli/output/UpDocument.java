package io.raftctl.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What {@code up} prints with -o json, on daemons and on the simulator; there {@code config} is null, and
 * {@code simulated} and {@code seed}, absent on daemons, say so.
 */
public record UpDocument(boolean ok, String config,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean simulated,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long seed,
                         boolean created, List<String> started,
                         @JsonProperty("already_running") List<String> alreadyRunning,
                         @JsonProperty("net_rules_set") List<String> netRulesSet) {

    public static UpDocument onDaemons(String config, boolean created, List<String> started, List<String> alreadyRunning,
                                       List<String> netRulesSet) {
        return new UpDocument(true, config, null, null, created, started, alreadyRunning, netRulesSet);
    }

    /** The simulated cluster has one set of network rules: a node it starts has them already. */
    public static UpDocument simulated(long seed, boolean created, List<String> started, List<String> alreadyRunning) {
        return new UpDocument(true, null, true, seed, created, started, alreadyRunning, List.of());
    }
}
