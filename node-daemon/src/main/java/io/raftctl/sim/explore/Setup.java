package io.raftctl.sim.explore;

import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.SimCluster;

import java.util.List;

/**
 * The cluster an exploration starts: what its {@code up} line says. Everything {@code up} does not name is the cluster
 * file's default (heartbeat 50ms, election timeout 150-300ms), as on {@code run --sim}.
 */
public record Setup(int nodes, boolean timers, boolean preVote, boolean checkQuorum, int maxEntriesPerMessage,
                    int maxInflight) {

    public List<String> ids() {
        return SimCluster.defaultIds(nodes);
    }

    public RaftSettings settings(RaftSettings.CommitRule commitRule) {
        RaftSettings d = RaftSettings.defaults();
        return new RaftSettings(d.heartbeatMs(), d.electionMinMs(), d.electionMaxMs(), preVote, checkQuorum,
                maxEntriesPerMessage, maxInflight, timers, commitRule);
    }

    /** {@code up --nodes 3 --timers on --pre-vote on --check-quorum off --max-entries-per-message 2 --max-inflight 3 --fresh}. */
    public String line() {
        return "up --nodes " + nodes + " --timers " + onOff(timers) + " --pre-vote " + onOff(preVote) + " --check-quorum "
                + onOff(checkQuorum) + " --max-entries-per-message " + maxEntriesPerMessage + " --max-inflight " + maxInflight
                + " --fresh";
    }

    static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
