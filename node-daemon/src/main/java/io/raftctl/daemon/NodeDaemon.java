package io.raftctl.daemon;

import io.raftctl.admin.AdminServer;
import io.raftctl.client.ClientServer;
import io.raftctl.config.ClusterConfig;
import io.raftctl.config.NodeConfig;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.Triggers;
import io.raftctl.storage.NodeStorage;
import io.raftctl.storage.RecoveryReport;
import io.raftctl.storage.StorageException;
import io.raftctl.storage.StorageOptions;
import io.raftctl.transport.NetworkFaults;
import io.raftctl.transport.PeerTransport;
import io.raftctl.util.Log;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running raftd: storage, engine loop, peer transport and admin socket, started in that order and
 * stopped in reverse.
 */
public final class NodeDaemon implements AutoCloseable {

    private static final Log LOG = Log.get("raftd");
    private static final int ADMIN_THREADS = 32;

    private final String id;
    private final PidFile pidFile;
    private final NodeStorage storage;
    private final EngineLoop loop;
    private final PeerTransport transport;
    private final AdminServer admin;
    private final ClientServer clients; // null without a client port
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);

    private NodeDaemon(String id, PidFile pidFile, NodeStorage storage, EngineLoop loop, PeerTransport transport,
                       AdminServer admin, ClientServer clients) {
        this.id = id;
        this.pidFile = pidFile;
        this.storage = storage;
        this.loop = loop;
        this.transport = transport;
        this.admin = admin;
        this.clients = clients;
    }

    /**
     * Starts node {@code nodeId} of {@code config}.
     *
     * @throws StartupException with one sentence saying what stopped the start
     */
    public static NodeDaemon start(ClusterConfig config, String nodeId, RaftSettings settings, boolean repair)
            throws StartupException {
        NodeConfig node = config.node(nodeId).orElseThrow(() -> new StartupException(
                "unknown node '" + nodeId + "' (" + config.name() + " has " + String.join(", ", config.members()) + ")"));
        Path dataDir = config.dataDir(nodeId);
        PidFile pidFile = new PidFile(dataDir.resolve("raftd.pid"));
        NodeStorage storage = null;
        PeerTransport transport = null;
        EngineLoop loop = null;
        ClientServer clients = null;
        try {
            Files.createDirectories(dataDir);
            Log.toFile(dataDir.resolve("raftd.log"));
            pidFile.claim();
            Path tokenFile = config.tokenFile(nodeId);
            boolean ownToken = config.admin().tokenFile() == null;
            String token = AdminToken.load(tokenFile, ownToken);
            if (!node.admin().isLoopback() && !AdminToken.ownerOnly(tokenFile)) {
                LOG.warn("the admin socket listens on {} beyond loopback but its token file {} is not mode 0600; "
                        + "anyone who can read or replace it can control this node", node.admin(), tokenFile);
            }

            StorageOptions options = StorageOptions.defaults().withFsync(config.fsync()).withRepair(repair);
            storage = NodeStorage.open(dataDir.resolve("storage"), options);
            report(storage.recoveryReport());
            if (!config.fsync()) LOG.warn("fsync is OFF: acknowledged writes can be lost in a crash (experiments only)");

            Tracer tracer = new Tracer(nodeId);
            Triggers triggers = new Triggers();
            NetworkFaults faults = new NetworkFaults(nodeId, config.members());
            PartitionRules rules = PartitionRules.restore(faults, dataDir); // before the transport connects to anyone
            loop = new EngineLoop(nodeId, config.members(), settings, config.stateMachine().yamlName(), storage,
                    dataDir.resolve("storage"), options, tracer, triggers, faults);
            loop.noteNetChange(); // the trace starts on the side of the partition the saved rules put it

            Map<String, InetSocketAddress> raftAddresses = new LinkedHashMap<>();
            for (NodeConfig n : config.nodes()) raftAddresses.put(n.id(), new InetSocketAddress(n.raft().host(), n.raft().port()));
            transport = new PeerTransport(nodeId, config.name(), config.members(), raftAddresses, faults, loop.inbound());
            loop.attach(transport);
            transport.start();

            NodeDaemon[] self = new NodeDaemon[1];
            NodeController controller = new NodeController(nodeId, config.name(), config.members(),
                    config.stateMachine().yamlName(), config.fsync(), loop, tracer, triggers, faults, rules, transport,
                    () -> self[0].close());
            AdminServer admin = new AdminServer(new InetSocketAddress(node.admin().host(), node.admin().port()), token,
                    controller, ADMIN_THREADS);
            if (node.client() != null) {
                clients = new ClientServer(new InetSocketAddress(node.client().host(), node.client().port()), nodeId,
                        token, loop);
                loop.onResultsPublished(clients::publish);
            }
            self[0] = new NodeDaemon(nodeId, pidFile, storage, loop, transport, admin, clients);
            loop.start();
            admin.start();
            if (clients != null) clients.start();
            LOG.info("raftd {} of cluster {} started: raft {}, admin {}, client {}, timers {}, pre-vote {}, check-quorum {}, pid {}",
                    nodeId, config.name(), node.raft(), node.admin(), node.client() == null ? "none" : node.client(),
                    settings.timersOn() ? "on" : "off",
                    settings.preVote() ? "on" : "off", settings.checkQuorum() ? "on" : "off", ProcessHandle.current().pid());
            return self[0];
        } catch (StorageException e) {
            cleanup(pidFile, storage, transport, loop);
            throw new StartupException(e.getMessage());
        } catch (IOException e) {
            if (clients != null) clients.close();
            cleanup(pidFile, storage, transport, loop);
            throw new StartupException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** What recovery cut off, in the log and on stderr: an operator starting raftd by hand must see it. */
    private static void report(RecoveryReport r) {
        String what = null;
        if (r.repaired()) {
            what = "repair: " + r.corruption() + "; dropped " + r.repairDroppedRecords() + " record(s) ("
                    + r.repairDroppedBytes() + " bytes), so the log now ends at index " + r.lastIndex();
        } else if (r.tornTailTruncated()) {
            what = "the log ended with an interrupted write: dropped " + r.tornTailBytes()
                    + " bytes that were never acknowledged, so the log now ends at index " + r.lastIndex();
        }
        if (what == null) return;
        LOG.warn("storage recovery: {}", what);
        System.err.println("raftd: warning: " + what);
    }

    private static void cleanup(PidFile pidFile, NodeStorage storage, PeerTransport transport, EngineLoop loop) {
        if (loop != null) loop.stop();
        if (transport != null) transport.close();
        if (storage != null) storage.close();
        pidFile.release();
    }

    /** Blocks until the daemon has stopped. */
    public void awaitStop() throws InterruptedException {
        done.await();
    }

    public InetSocketAddress adminAddress() {
        return admin.address();
    }

    /** The client port's address; null without one. */
    public InetSocketAddress clientAddress() {
        return clients == null ? null : clients.address();
    }

    /** The storage the engine writes to now (a simulated restart reopens it). */
    NodeStorage storage() {
        return loop.storage();
    }

    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) return;
        LOG.info("raftd {} stopping", id);
        admin.close();
        if (clients != null) clients.close();
        loop.stop();
        transport.close();
        NodeStorage last = loop.storage();
        LOG.info("raftd {} storage since start: {} saves, {} fsyncs, last index {}", id, last.saves(), last.fsyncs(),
                last.lastIndex());
        last.close();
        pidFile.release();
        LOG.info("raftd {} stopped", id);
        done.countDown();
    }

    /** Why a daemon could not start, in one sentence. */
    public static final class StartupException extends Exception {
        public StartupException(String message) {
            super(message);
        }
    }
}
