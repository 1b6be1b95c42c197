package io.raftctl.storage;

import io.raftctl.storage.FaultInjector.Operation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A fault injector that records every operation and fails the chosen ones once armed. */
final class ScriptedFaults implements FaultInjector {

    record Call(Operation operation, Path file) {
    }

    private final List<Call> calls = new ArrayList<>();
    private Operation failOperation;
    private Predicate<Path> failFile = f -> true;

    /** From now on, every {@code operation} on a file matching {@code file} throws "No space left on device". */
    void failAlways(Operation operation, Predicate<Path> file) {
        this.failOperation = operation;
        this.failFile = file;
    }

    void heal() {
        failOperation = null;
    }

    void clearCalls() {
        calls.clear();
    }

    long count(Operation operation) {
        return calls.stream().filter(c -> c.operation() == operation).count();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void beforeIo(Operation operation, Path file) throws IOException {
        calls.add(new Call(operation, file));
        if (operation == failOperation && failFile.test(file)) throw new IOException("No space left on device");
    }
}
