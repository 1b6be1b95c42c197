package io.raftctl.cli.output;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What {@code down} prints with -o json, on daemons and on the simulator. */
public record DownDocument(boolean ok, List<String> stopped, @JsonProperty("not_running") List<String> notRunning,
                           boolean killed) {

    public DownDocument(List<String> stopped, List<String> notRunning, boolean killed) {
        this(true, stopped, notRunning, killed);
    }
}
