package io.raftctl.cli.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.client.ClientPortClient;
import io.raftctl.cli.client.ClusterClient;
import io.raftctl.cli.client.NodeReply;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.cli.process.DaemonManager;
import io.raftctl.cli.process.LaunchOptions;
import io.raftctl.cli.process.RunningDaemon;
import io.raftctl.client.ClientConnection;
import io.raftctl.client.ClientProtocol;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Leader failover as a client sees it: SIGKILL the leader, then send {@code add 1} to the other nodes until one
 * accepts it; the time from just before the kill to that acknowledgement is one trial. The killed node is started
 * again and allowed to catch up before the next trial, so that each one starts from a whole cluster.
 */
final class FailoverTrials {

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final long RETRY_PAUSE_NANOS = 2_000_000;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** Quiet time before a trial, as the Ratis harness allows its peers. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    /** One trial. */
    record Trial(int trial, @JsonProperty("killed_leader") String killedLeader, @JsonProperty("new_leader") String newLeader,
                 @JsonProperty("failover_ms") double failoverMs, @JsonProperty("kill_to_exit_ms") double killToExitMs,
                 int probes) {
    }

    private final ClusterView cluster;
    private final ClusterClient clients;
    private final DaemonManager daemons;
    /** Acknowledged and unknown-outcome probe writes, for the integrity check. */
    long acknowledged;
    long indeterminate;

    FailoverTrials(ClusterView cluster, ClusterClient clients, DaemonManager daemons) {
        this.cluster = cluster;
        this.clients = clients;
        this.daemons = daemons;
    }

    Trial run(int trial, String command) throws InterruptedException {
        ClusterNode leader = awaitStableLeader();
        RunningDaemon victim = daemons.running(leader.id()).orElseThrow(() -> CliException.failed(
                "--failover kills the leader's process, but " + leader.id() + " is not a raftd started from this machine"));
        // Connect to the survivors first, so that the measured time holds no connection set-up.
        Map<String, ClientConnection> open = new HashMap<>();
        List<ClusterNode> survivors = cluster.nodes().stream().filter(n -> !n.id().equals(leader.id())).toList();
        try {
            for (ClusterNode n : survivors) open.put(n.id(), new ClientPortClient(n, cluster.tokenFile(n.id())).connect());
            // Probing starts right after the signal: the cluster does not wait for the process to finish exiting
            // (a JVM with a large heap can take a second or more to release it), and neither does a client.
            long t0 = System.nanoTime();
            victim.process().destroyForcibly();
            long[] exitedAt = {0};
            var exited = victim.process().onExit().thenRun(() -> exitedAt[0] = System.nanoTime());
            long deadline = t0 + GIVE_UP.toNanos();
            int probes = 0;
            int next = 0;
            while (System.nanoTime() - deadline < 0) {
                ClusterNode target = survivors.get(next++ % survivors.size());
                probes++;
                ClientProtocol.Result r = probe(open, target, command);
                if (r != null && r.ok()) {
                    long t1 = System.nanoTime();
                    acknowledged++;
                    daemons.stop(victim, true, STOP_GRACE); // waits for the exit; removes the pid file
                    exited.join();
                    return new Trial(trial, leader.id(), target.id(), (t1 - t0) / 1e6, (exitedAt[0] - t0) / 1e6, probes);
                }
                if (r != null && r.leader() != null && !r.leader().equals(leader.id())) {
                    // A hint: go straight to the new leader.
                    for (int i = 0; i < survivors.size(); i++) {
                        if (survivors.get(i).id().equals(r.leader())) next = i;
                    }
                    continue;
                }
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
            throw CliException.failed("no node accepted a write within " + GIVE_UP.toSeconds() + "s of killing " + leader.id());
        } finally {
            open.values().forEach(ClientConnection::close);
            restart(leader.id());
        }
    }

    /** One write; null when it went unanswered (counted as of unknown outcome). */
    private ClientProtocol.Result probe(Map<String, ClientConnection> open, ClusterNode target, String command) {
        try {
            ClientConnection c = open.get(target.id());
            if (c == null) {
                c = ClientConnection.open(new ClientPortClient(target, cluster.tokenFile(target.id())).address(),
                        new ClientPortClient(target, cluster.tokenFile(target.id())).token(), PROBE_TIMEOUT);
                open.put(target.id(), c);
            }
            ClientProtocol.Result r = c.call(command, PROBE_TIMEOUT);
            if (r.status() == ClientProtocol.Status.OUTCOME_UNKNOWN || r.status() == ClientProtocol.Status.APPLY_FAILED) {
                indeterminate++;
            }
            return r;
        } catch (IOException e) {
            ClientConnection broken = open.remove(target.id());
            if (broken != null) {
                broken.close();
                indeterminate++; // the command may have been taken before the connection broke
            }
            return null;
        }
    }

    /** Starts the killed node again and waits until it has applied everything the leader committed. */
    private void restart(String id) throws InterruptedException {
        Process p = daemons.start(id, LaunchOptions.DEFAULTS);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!p.isAlive()) throw CliException.failed("raftd " + id + " exited while restarting after a failover trial");
            if (caughtUp(id)) return;
            Thread.sleep(50);
        }
        throw CliException.failed(id + " did not catch up within 60s after its restart");
    }

    /**
     * Waits until every node follows one leader in one term and has applied all it committed, then a second more,
     * so that a trial never starts in the wake of the previous one's election.
     */
    private ClusterNode awaitStableLeader() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() - deadline < 0) {
            List<NodeReply<AdminDtos.Status>> all = clients.statusAll();
            String leader = null;
            boolean stable = true;
            for (NodeReply<AdminDtos.Status> r : all) {
                if (!r.reachable() || r.value().leader() == null) {
                    stable = false;
                    break;
                }
                if (leader == null) leader = r.value().leader();
                stable &= leader.equals(r.value().leader()) && r.value().applied() != null
                        && r.value().applied().equals(r.value().commit());
            }
            if (stable) {
                Thread.sleep(SETTLE.toMillis());
                return cluster.node(leader);
            }
            Thread.sleep(50);
        }
        throw CliException.failed("the cluster did not settle on one leader within 60s");
    }

    private boolean caughtUp(String id) {
        List<NodeReply<AdminDtos.Status>> all = clients.statusAll();
        Long leaderCommit = null;
        Long applied = null;
        for (NodeReply<AdminDtos.Status> r : all) {
            if (!r.reachable()) continue;
            if ("LEADER".equals(r.value().role())) leaderCommit = r.value().commit();
            if (r.id().equals(id)) applied = r.value().applied();
        }
        return leaderCommit != null && applied != null && applied >= leaderCommit;
    }
}
