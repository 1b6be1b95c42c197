package io.raftctl.cli.sim;

import io.raftctl.cli.CliException;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.cli.cluster.ClusterView;
import io.raftctl.raft.RaftSettings;
import io.raftctl.sim.SafetyChecker;
import io.raftctl.sim.SimCluster;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated world of one script run with {@code run --sim}: a {@link SimCluster} (made by the script's
 * {@code up}), which nodes have a running process, and simulated time. Nothing in it depends on the wall
 * clock, the machine or thread timing, so a script and a seed always give the same run.
 *
 * <p>The network has zero latency: after every operator action the world {@link #settle() settles}, delivering
 * every message in flight in send order until none is left, except what held nodes ({@code net hold}) have
 * queued. Those are the messages "in flight" that {@code net deliver}, {@code deliver}, {@code drop} and
 * {@code stabilize} act on. Time passes only when a line lets it ({@code wait}, {@code sleep}, {@code tick},
 * a {@code command} waiting for its result), in steps of {@link #STEP}, the daemon's own tick.
 */
public final class SimWorld {

    /** The seed of a run that names none: runs are reproducible by default. */
    public static final long DEFAULT_SEED = 1;

    /** Simulated time passes in steps of the daemon's tick, each followed by settling the network. */
    static final Duration STEP = Duration.ofMillis(SimCluster.TICK_MS);

    /** The name of the simulated cluster in messages ({@code no node of cluster sim is reachable}). */
    static final String CLUSTER_NAME = "sim";

    private final long seed;
    private final RaftSettings.CommitRule commitRule;
    private SimCluster cluster;
    private SafetyChecker checker;
    private boolean launchTimers;
    private final Set<String> stopped = new HashSet<>();
    private final Map<String, Long> startedAtMs = new HashMap<>();
    /** Simulated time that passed before the current cluster was made (each cluster's clock starts at 0). */
    private long baseMs;

    public SimWorld(long seed) {
        this(seed, RaftSettings.CommitRule.CURRENT_TERM);
    }

    /** @param commitRule Raft's, except for self-tests that need a broken engine ({@code --commit-rule}) */
    public SimWorld(long seed, RaftSettings.CommitRule commitRule) {
        this.seed = seed;
        this.commitRule = commitRule;
    }

    public RaftSettings.CommitRule commitRule() {
        return commitRule;
    }

    public long seed() {
        return seed;
    }

    /** Simulated milliseconds since the run started. */
    public long nowMs() {
        return baseMs + (cluster == null ? 0 : cluster.now());
    }

    public boolean hasCluster() {
        return cluster != null;
    }

    /** @throws CliException exit 2 before the script's {@code up} made a cluster */
    public SimCluster cluster() {
        if (cluster == null) {
            throw CliException.usage("there is no simulated cluster yet: start one with 'up --nodes N' (e.g. 'up --nodes 3"
                    + " --timers off' as the script's first line)");
        }
        return cluster;
    }

    /** The cluster as commands see it: its node ids and no files or sockets. */
    public ClusterView view() {
        List<ClusterNode> nodes = cluster().ids().stream().map(ClusterNode::simulated).toList();
        return new ClusterView(null, CLUSTER_NAME, nodes, id -> null, id -> null);
    }

    /** A new cluster of {@code ids}, every node running, replacing any earlier one (an {@code up --fresh}). */
    void create(List<String> ids, RaftSettings settings) {
        baseMs = nowMs();
        // The world's engine variant (run --sim --commit-rule), unless the caller asked for one itself.
        RaftSettings engine = settings.commitRule() != RaftSettings.CommitRule.CURRENT_TERM ? settings
                : settings.withCommitRule(commitRule);
        cluster = new SimCluster(ids, engine, "counter", seed);
        checker = new SafetyChecker().attach(cluster);
        launchTimers = settings.timersOn();
        stopped.clear();
        startedAtMs.clear();
        for (String id : ids) startedAtMs.put(id, nowMs());
    }

    /** Whether {@code id}'s process runs (a crashed node's does: only a stopped one is unreachable). */
    public boolean running(String id) {
        cluster().node(id);
        return !stopped.contains(id);
    }

    /** Stops {@code id}'s process, as {@code down} stops a daemon. */
    void stop(String id) {
        cluster().stop(id);
        stopped.add(id);
    }

    /** Starts a new process for a stopped {@code id} from its durable state, with the timers it was launched with. */
    void start(String id) {
        cluster().start(id, launchTimers);
        stopped.remove(id);
        startedAtMs.put(id, nowMs());
        settle();
    }

    long uptimeMs(String id) {
        return nowMs() - startedAtMs.getOrDefault(id, 0L);
    }

    /**
     * Delivers every message in flight, in send order, until none is left but those of held nodes; then checks
     * Raft's safety properties.
     *
     * @throws CliException exit 1 if the engine broke one of them
     */
    public void settle() {
        if (cluster == null) return;
        cluster.deliverAll();
        checkSafety();
    }

    /** After messages were delivered by hand ({@code deliver}, {@code stabilize}): the same check. */
    public void checkSafety() {
        checker.check();
        if (!checker.ok()) {
            throw CliException.failed("the simulator found a violation of Raft's safety properties: "
                    + String.join("; ", checker.violations()) + " (seed " + seed + ")");
        }
    }

    /** Lets {@code d} of simulated time pass: every step runs the nodes' timers and settles the network. */
    public void advance(Duration d) {
        long left = d.toMillis();
        if (cluster == null) {
            baseMs += left;
            return;
        }
        cluster.advanceInTicks(left, this::settle);
    }
}
