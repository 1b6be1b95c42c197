package io.raftctl.bench;

import io.raftctl.raft.ClientResult;
import io.raftctl.raft.HardState;
import io.raftctl.raft.Message;
import io.raftctl.raft.RaftNode;
import io.raftctl.raft.RaftSettings;
import io.raftctl.raft.Ready;
import io.raftctl.raft.Role;
import io.raftctl.raft.Tracer;
import io.raftctl.statemachine.BuiltinStateMachine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The engine's hot path without I/O: three {@link RaftNode}s (tracing on, as in raftd) exchange messages in
 * memory; one operation is one command submitted at the leader, replicated, committed, applied and answered.
 * Persistence is instant here: see {@link WalBench} for the disk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EngineBench {

    private static final List<String> MEMBERS = List.of("n1", "n2", "n3");

    private final Map<String, RaftNode> nodes = new LinkedHashMap<>();
    private final ArrayDeque<Message> wire = new ArrayDeque<>();
    private long nextRequest = 1;
    private long answered;

    @Setup(Level.Iteration)
    public void cluster() {
        nodes.clear();
        wire.clear();
        RaftSettings settings = RaftSettings.defaults().withTimers(false);
        for (String id : MEMBERS) {
            nodes.put(id, new RaftNode(id, MEMBERS, settings, HardState.INITIAL, List.of(),
                    BuiltinStateMachine.create("counter"), new SplittableRandom(1), new Tracer(id), 0));
        }
        nodes.get("n1").campaign(true);
        pump();
        if (nodes.get("n1").role() != Role.LEADER) throw new IllegalStateException("n1 did not become leader");
    }

    /** One command at a time: every entry pays a whole round of messages. */
    @Benchmark
    public long commitOneAtATime() {
        nodes.get("n1").submit(nextRequest++, "add 1");
        pump();
        return answered;
    }

    /** 64 commands that arrive together: one append, one AppendEntries per follower, one commit. */
    @Benchmark
    @OperationsPerInvocation(64)
    public long commitBatchesOf64() {
        RaftNode leader = nodes.get("n1");
        for (int i = 0; i < 64; i++) leader.submit(nextRequest++, "add 1");
        pump();
        return answered;
    }

    /** Runs every node's Ready cycle and delivers messages until the cluster is quiet. */
    private void pump() {
        boolean busy = true;
        while (busy) {
            busy = false;
            for (RaftNode n : nodes.values()) {
                while (n.hasReady()) {
                    busy = true;
                    Ready r = n.ready();
                    wire.addAll(r.messages());
                    for (ClientResult ignored : r.results()) answered++;
                    n.advance(r);
                }
            }
            Message m;
            while ((m = wire.poll()) != null) {
                busy = true;
                nodes.get(m.to()).step(m);
            }
        }
    }
}
