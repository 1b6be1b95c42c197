package io.raftctl.transport;

import io.raftctl.raft.Message;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static io.raftctl.transport.Await.awaitUntil;

/** Nodes n1..nN on free loopback ports, each with its own faults and a list of the messages it received. */
final class TestCluster implements AutoCloseable {

    static final String NAME = "test-cluster";

    final List<String> members = new ArrayList<>();
    final Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
    private final Map<String, NetworkFaults> faults = new LinkedHashMap<>();
    private final Map<String, List<Message>> received = new LinkedHashMap<>();
    private final Map<String, PeerTransport> transports = new LinkedHashMap<>();

    TestCluster(int size) {
        List<Integer> ports = FreePorts.allocate(size);
        for (int i = 1; i <= size; i++) {
            String id = "n" + i;
            members.add(id);
            addresses.put(id, new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.get(i - 1)));
        }
        for (String id : members) create(id);
    }

    void startAll() throws IOException {
        for (String id : members) start(id);
    }

    void start(String id) throws IOException {
        transports.get(id).start();
    }

    /** Replaces a node's transport by a fresh, started one, as after a process restart. */
    void restart(String id) throws IOException {
        transports.get(id).close();
        create(id);
        start(id);
    }

    PeerTransport transport(String id) {
        return transports.get(id);
    }

    NetworkFaults faults(String id) {
        return faults.get(id);
    }

    List<Message> received(String id) {
        return received.get(id);
    }

    /** Applies a partition change at every node, as the CLI does. */
    void everyNode(Consumer<NetworkFaults> change) {
        faults.values().forEach(change);
    }

    void awaitConnected(String from, String to) {
        awaitUntil(() -> transport(from).stats().connectedPeers().contains(to),
                () -> from + " connected to " + to + ", stats " + transport(from).stats());
    }

    void awaitFullMesh() {
        for (String from : members) {
            for (String to : members) {
                if (!from.equals(to)) awaitConnected(from, to);
            }
        }
    }

    void awaitReceived(String id, int count) {
        awaitUntil(() -> received(id).size() >= count,
                () -> count + " messages at " + id + ", got " + received(id));
    }

    @Override
    public void close() {
        transports.values().forEach(PeerTransport::close);
    }

    private void create(String id) {
        NetworkFaults f = new NetworkFaults(id, members);
        List<Message> inbox = new CopyOnWriteArrayList<>();
        faults.put(id, f);
        received.put(id, inbox);
        transports.put(id, new PeerTransport(id, NAME, members, addresses, f, inbox::add));
    }
}
