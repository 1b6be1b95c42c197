package io.raftctl.bench;

import io.raftctl.raft.Entry;
import io.raftctl.storage.NodeStorage;
import io.raftctl.storage.StorageException;
import io.raftctl.storage.StorageOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The write-ahead log's append + sync: one operation is one {@link NodeStorage#save} of {@code batch} entries
 * of {@code add 1}, durable on return with fsync on. Entries per second = ops/s x batch.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class WalBench {

    @Param({"true", "false"})
    public boolean fsync;

    @Param({"1", "64"})
    public int batch;

    private Path dir;
    private NodeStorage storage;
    private long next;

    @Setup(Level.Iteration)
    public void open() throws IOException, StorageException {
        dir = Files.createTempDirectory("walbench-");
        storage = NodeStorage.open(dir, StorageOptions.defaults().withFsync(fsync));
        next = 1;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        storage.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long appendAndSync() throws StorageException {
        List<Entry> entries = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) entries.add(Entry.command(next + i, 1, "add 1"));
        storage.save(null, next, entries);
        next += batch;
        return next;
    }
}
