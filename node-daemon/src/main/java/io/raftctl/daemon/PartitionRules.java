package io.raftctl.daemon;

import io.raftctl.transport.NetworkFaults;
import io.raftctl.transport.PartitionState;
import io.raftctl.util.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The node's partition rules in memory ({@link NetworkFaults}) and on disk ({@link NetRulesFile}), kept in
 * step: a change is saved first and applied only once saved, so the node never enforces rules that a restart
 * would forget. Not thread-safe: the daemon changes the rules from the engine thread only.
 */
final class PartitionRules {

    private static final Log LOG = Log.get("raftd");

    private final NetworkFaults faults;
    private final NetRulesFile file;

    private PartitionRules(NetworkFaults faults, NetRulesFile file) {
        this.faults = faults;
        this.file = file;
    }

    /**
     * Applies the rules saved in {@code dataDir}, if any; call it before the transport starts, so that no
     * message escapes them. A file that cannot be read or names unknown nodes isolates this node from every
     * peer instead: starting connected could deliver messages the cluster's rules cut.
     */
    static PartitionRules restore(NetworkFaults faults, Path dataDir) {
        NetRulesFile file = new NetRulesFile(dataDir);
        try {
            Optional<PartitionState> saved = file.load();
            if (saved.isPresent()) {
                apply(faults, saved.get());
                LOG.info("network rules from {} in force before connecting to any peer: {}", file.path(),
                        describe(saved.get()));
            }
        } catch (NetRulesFile.UnreadableException e) {
            String what = "network rules file " + file.path() + " is unreadable (" + e.getMessage() + "), so "
                    + faults.self() + " starts isolated from every peer until 'raftctl net heal' or new rules replace it";
            LOG.warn("{}", what);
            System.err.println("raftd: warning: " + what);
            faults.setState(new PartitionState(List.of(faults.self()), List.of()));
        }
        return new PartitionRules(faults, file);
    }

    private static void apply(NetworkFaults faults, PartitionState state) throws NetRulesFile.UnreadableException {
        try {
            faults.setState(state);
        } catch (IllegalArgumentException e) {
            throw new NetRulesFile.UnreadableException(e.getMessage()); // e.g. a node no longer in the cluster file
        }
    }

    /**
     * Saves and applies the rules {@code edit} makes of the current ones.
     *
     * @throws IllegalArgumentException if the edit is invalid (nothing changes)
     * @throws IOException if the rules could not be saved (nothing changes)
     */
    PartitionState change(Consumer<NetworkFaults> edit) throws IOException {
        NetworkFaults draft = new NetworkFaults(faults.self(), faults.members());
        draft.setState(faults.state());
        edit.accept(draft);
        PartitionState next = draft.state();
        file.save(next);
        faults.setState(next);
        return next;
    }

    Path path() {
        return file.path();
    }

    /** {@code isolated n2; split n1 | n2,n3}, or {@code none}. */
    static String describe(PartitionState s) {
        if (s.equals(PartitionState.NONE)) return "none";
        String isolated = s.isolated().isEmpty() ? null : "isolated " + String.join(", ", s.isolated());
        String split = s.groups().isEmpty() ? null
                : "split " + s.groups().stream().map(g -> String.join(",", g)).collect(Collectors.joining(" | "));
        return isolated == null ? split : split == null ? isolated : isolated + "; " + split;
    }
}
