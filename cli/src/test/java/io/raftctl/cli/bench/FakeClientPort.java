package io.raftctl.cli.bench;

import io.raftctl.client.ClientCommand;
import io.raftctl.client.ClientServer;
import io.raftctl.client.CommandSink;
import io.raftctl.config.HostPort;
import io.raftctl.raft.ClientResult;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node's client port that speaks the real protocol (node-daemon's {@link ClientServer}) and answers each command
 * by a test's rule at once, counting what it answered.
 */
final class FakeClientPort implements AutoCloseable {

    /** The answer to the {@code n}-th command this port received (from 1). */
    interface Rule {
        ClientResult.Status answer(int n);
    }

    final AtomicInteger received = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    private final ClientServer server;

    FakeClientPort(String id, String token, Rule rule, String leaderHint) throws IOException {
        CommandSink sink = new CommandSink() {
            @Override
            public void submitAll(List<ClientCommand> commands) {
                for (ClientCommand c : commands) {
                    ClientResult.Status s = rule.answer(received.incrementAndGet());
                    (s == ClientResult.Status.OK ? acknowledged : refused).incrementAndGet();
                    // Answered on the port's own thread, which writes the answer right away.
                    c.accept(new ClientResult(0, s, s == ClientResult.Status.OK ? 1 : 0, null,
                            s == ClientResult.Status.OK ? null : s.name().toLowerCase(), leaderHint));
                }
            }

            @Override
            public void abandon(Object owner) {
                // Every command is answered at once: nothing waits.
            }
        };
        server = new ClientServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), id, token, sink);
        server.start();
    }

    HostPort address() {
        return new HostPort("127.0.0.1", server.address().getPort());
    }

    @Override
    public void close() {
        server.close();
    }
}
