package io.raftctl.transport;

import java.util.List;

/**
 * The partitions of the cluster network, identical at every node: the isolated nodes and the groups of
 * the current split (empty when the cluster is not split). A plain record so that it travels as JSON.
 */
public record PartitionState(List<String> isolated, List<List<String>> groups) {

    public static final PartitionState NONE = new PartitionState(List.of(), List.of());

    public PartitionState {
        isolated = isolated == null ? List.of() : List.copyOf(isolated);
        groups = groups == null ? List.of() : groups.stream().map(List::copyOf).toList();
    }
}
