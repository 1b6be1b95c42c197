package io.raftctl.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The cluster file as written, one record per mapping, read by databind ({@link ClusterFileReader}); see
 * {@link ClusterConfig} for the format. Keys are the components' names in snake case ({@code dataDir} is
 * {@code data_dir}); how a scalar reads follows from its type, as {@link StrictYamlMapper} registers (every
 * {@code Boolean} is true or false, every {@code Integer} a count from 1, every {@code String} a name). A key
 * that is missing or given no value ({@code key:}, {@code key: null}) is null here: {@link ClusterFileConverter}
 * fills in the defaults and checks the rules that span keys, naming the lines that {@link Located} keeps.
 */
record ClusterFile(String cluster, DirectoryPath dataDir, Located<List<Located<Node>>> nodes, Raft raft,
                   StateMachineKind stateMachine, Storage storage, Admin admin) {

    record Node(Located<String> id, Located<HostPort> raft, Located<HostPort> admin, Located<HostPort> client) {
    }

    record Raft(Located<Duration> heartbeat, Located<ElectionTimeout> electionTimeout, Boolean preVote, Boolean checkQuorum,
                Integer maxEntriesPerMessage, Integer maxInflight, OnOff timers) {
    }

    record ElectionTimeout(Duration min, Duration max) {
    }

    record Storage(Boolean fsync) {
    }

    record Admin(FilePath tokenFile, Boolean allowRemote) {
    }

    /** A switch written on or off (true/false too), unlike the true/false of other switches. */
    record OnOff(boolean on) {
    }

    record DirectoryPath(Path path) {
    }

    record FilePath(Path path) {
    }
}
