package io.raftctl.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.raftctl.config.ScalarDeserializers.Address;
import io.raftctl.config.ScalarDeserializers.DirectoryPath;
import io.raftctl.config.ScalarDeserializers.FilePath;
import io.raftctl.config.ScalarDeserializers.Name;
import io.raftctl.config.ScalarDeserializers.OnOff;
import io.raftctl.config.ScalarDeserializers.PositiveDuration;
import io.raftctl.config.ScalarDeserializers.PositiveInt;
import io.raftctl.config.ScalarDeserializers.StateMachine;
import io.raftctl.config.ScalarDeserializers.TrueFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The cluster file as written, one record per mapping, read by databind ({@link ClusterFileReader}); see
 * {@link ClusterConfig} for the format. Each scalar names the deserializer that reads and checks it. A key
 * that is missing or given no value ({@code key:}, {@code key: null}) is null here: {@link ClusterFileConverter}
 * fills in the defaults and checks the rules that span keys, naming the lines that {@link Located} keeps.
 */
record ClusterFile(
        @JsonProperty("cluster") @JsonDeserialize(using = Name.class) String cluster,
        @JsonProperty("data_dir") @JsonDeserialize(using = DirectoryPath.class) Path dataDir,
        @JsonProperty("nodes") Located<List<Located<Node>>> nodes,
        @JsonProperty("raft") Raft raft,
        @JsonProperty("state_machine") @JsonDeserialize(using = StateMachine.class) StateMachineKind stateMachine,
        @JsonProperty("storage") Storage storage,
        @JsonProperty("admin") Admin admin) {

    record Node(
            @JsonProperty("id") @JsonDeserialize(contentUsing = Name.class) Located<String> id,
            @JsonProperty("raft") @JsonDeserialize(contentUsing = Address.class) Located<HostPort> raft,
            @JsonProperty("admin") @JsonDeserialize(contentUsing = Address.class) Located<HostPort> admin,
            @JsonProperty("client") @JsonDeserialize(contentUsing = Address.class) Located<HostPort> client) {
    }

    record Raft(
            @JsonProperty("heartbeat") @JsonDeserialize(contentUsing = PositiveDuration.class) Located<Duration> heartbeat,
            @JsonProperty("election_timeout") Located<ElectionTimeout> electionTimeout,
            @JsonProperty("pre_vote") @JsonDeserialize(using = TrueFalse.class) Boolean preVote,
            @JsonProperty("check_quorum") @JsonDeserialize(using = TrueFalse.class) Boolean checkQuorum,
            @JsonProperty("max_entries_per_message") @JsonDeserialize(using = PositiveInt.class) Integer maxEntriesPerMessage,
            @JsonProperty("max_inflight") @JsonDeserialize(using = PositiveInt.class) Integer maxInflight,
            @JsonProperty("timers") @JsonDeserialize(using = OnOff.class) Boolean timers) {
    }

    record ElectionTimeout(
            @JsonProperty("min") @JsonDeserialize(using = PositiveDuration.class) Duration min,
            @JsonProperty("max") @JsonDeserialize(using = PositiveDuration.class) Duration max) {
    }

    record Storage(
            @JsonProperty("fsync") @JsonDeserialize(using = TrueFalse.class) Boolean fsync) {
    }

    record Admin(
            @JsonProperty("token_file") @JsonDeserialize(using = FilePath.class) Path tokenFile,
            @JsonProperty("allow_remote") @JsonDeserialize(using = TrueFalse.class) Boolean allowRemote) {
    }
}
