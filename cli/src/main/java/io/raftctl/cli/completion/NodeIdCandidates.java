package io.raftctl.cli.completion;

import java.util.Iterator;
import java.util.List;

/**
 * Completion candidates of an argument that takes a node id ({@code completionCandidates =
 * NodeIdCandidates.class}). The ids are only known at completion time, from the cluster file: the shell's
 * completer asks the cluster file, and the generated bash/zsh scripts call a function that reads it. This
 * class only marks the argument, with a placeholder the script generator replaces.
 */
public final class NodeIdCandidates implements Iterable<String> {

    static final String PLACEHOLDER = "__raftctl_node_ids__";

    @Override
    public Iterator<String> iterator() {
        return List.of(PLACEHOLDER).iterator();
    }
}
