package io.raftctl.cli.process;

/** A node's raftd process, verified to be that node's daemon of this cluster file. */
public record RunningDaemon(String nodeId, ProcessHandle process) {

    public long pid() {
        return process.pid();
    }
}
