package io.raftctl.cli.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.raftctl.admin.AdminApi;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Ends every fault in a cluster and waits, bounded, until its nodes agree. */
final class Convergence {

    private Convergence() {
    }

    /** Heals the network, releases held messages, restarts crashed nodes and starts killed processes. */
    static void healEverything(ChaosCluster cluster) {
        for (String id : cluster.ids()) {
            if (!cluster.running(id)) cluster.start(id);
        }
        cluster.broadcast(AdminApi.NET_HEAL, null);
        cluster.broadcast(AdminApi.NET_RELEASE, null);
        cluster.broadcast(AdminApi.RESTART, null); // a no-op at a node that is not crashed
    }

    /**
     * Waits until one leader is known to all, and every node's last index, commit index and applied index equal
     * the leader's last index.
     *
     * @return null once converged, else what was still different when {@code timeout} ran out
     */
    static String await(ChaosCluster cluster, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String difference;
        while ((difference = difference(cluster)) != null) {
            if (System.nanoTime() > deadline) return difference;
            LockSupport.parkNanos(100_000_000L);
        }
        return null;
    }

    private static String difference(ChaosCluster cluster) {
        String leader = cluster.leader();
        if (leader == null) return "no leader";
        JsonNode ls = cluster.node(leader).status();
        if (ls == null) return "the leader " + leader + " does not answer";
        long last = ls.path("last_index").asLong();
        List<String> ids = cluster.ids();
        for (String id : ids) {
            JsonNode s = cluster.node(id).status();
            if (s == null) return id + " does not answer";
            if (s.path("crashed").asBoolean()) return id + " is crashed";
            if (!leader.equals(s.path("leader").asText(null))) return id + " follows " + s.path("leader").asText("nobody");
            for (String field : new String[]{"last_index", "commit", "applied"}) {
                if (s.path(field).asLong() != last) {
                    return id + " has " + field + " " + s.path(field).asLong() + ", the leader's last index is " + last;
                }
            }
        }
        return null;
    }
}
